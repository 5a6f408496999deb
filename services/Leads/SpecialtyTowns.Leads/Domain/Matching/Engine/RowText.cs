using System.Runtime.InteropServices;

namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// A row's text as the ids of its terms in the current vocabulary (ascending) with their counts and
/// 1 + ln(count): what weighing against an IDF needs without touching a string again.
/// </summary>
internal sealed class RowText
{
    public static readonly RowText None = new([], []);

    private RowText(int[] terms, int[] counts, double[] tf)
    {
        Terms = terms;
        Counts = counts;
        Tf = tf;
    }

    private RowText(int[] terms, int[] counts)
        : this(terms, counts, Array.ConvertAll(counts, c => 1 + Math.Log(c)))
    {
    }

    public int[] Terms { get; }

    public int[] Counts { get; }

    /// <summary>1 + ln(count), the same double <see cref="MatchSnapshotBuilder"/> multiplies by the IDF.</summary>
    public double[] Tf { get; }

    /// <summary>The row's terms, every one of which is in <paramref name="vocabulary"/> (sorted ordinally).</summary>
    public static RowText Of(Dictionary<string, int> counts, string[] vocabulary)
    {
        if (counts.Count == 0)
        {
            return None;
        }

        var terms = new int[counts.Count];
        var values = new int[counts.Count];
        var n = 0;
        foreach (var (term, count) in counts)
        {
            (terms[n], values[n]) = (Array.BinarySearch(vocabulary, term, StringComparer.Ordinal), count);
            n++;
        }

        Array.Sort(terms, values);
        return new RowText(terms, values);
    }

    /// <summary>The counts of several rows added up (a town's open offers).</summary>
    public static RowText Union(IEnumerable<RowText> texts)
    {
        var counts = new Dictionary<int, int>();
        foreach (var text in texts)
        {
            for (var i = 0; i < text.Terms.Length; i++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, text.Terms[i], out _) += text.Counts[i];
            }
        }

        var terms = counts.Keys.ToArray();
        var values = counts.Values.ToArray();
        Array.Sort(terms, values);
        return terms.Length == 0 ? None : new RowText(terms, values);
    }

    /// <summary>The same text under a vocabulary that gained or lost terms (ids only move, in the same order).</summary>
    public RowText Remap(int[] ids) => Terms.Length == 0 ? this : new RowText(Array.ConvertAll(Terms, t => ids[t]), Counts, Tf);

    /// <summary>The L2-normalised TF-IDF vector, with the operations of <see cref="MatchSnapshotBuilder"/> in the same order.</summary>
    public SparseVector Weigh(double[] idf)
    {
        if (Terms.Length == 0)
        {
            return SparseVector.Empty;
        }

        var n = Terms.Length;
        Span<double> weights = n <= 256 ? stackalloc double[n] : new double[n];
        double norm = 0;
        for (var i = 0; i < n; i++)
        {
            weights[i] = Tf[i] * idf[Terms[i]];
            norm += weights[i] * weights[i];
        }

        norm = Math.Sqrt(norm);
        var normalised = new float[n];
        for (var i = 0; i < n; i++)
        {
            normalised[i] = (float)(weights[i] / norm);
        }

        return new SparseVector(Terms, normalised);
    }
}
