namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// The document frequencies of the index's documents (organisations, open projects, open gaps),
/// kept up to date one document at a time, and the vocabulary and IDF derived from them exactly as
/// <see cref="MatchSnapshotBuilder"/> derives them: terms in ordinal order, ids their ranks,
/// idf = ln((1 + N) / (1 + df)) + 1.
/// </summary>
internal sealed class MatchVocabulary
{
    private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private int _documents;

    public string[] Terms { get; private set; } = [];

    public double[] Idf { get; private set; } = [];

    public void Add(IEnumerable<string> terms)
    {
        _documents++;
        foreach (var term in terms)
        {
            _df[term] = _df.GetValueOrDefault(term) + 1;
            _touched.Add(term);
        }
    }

    public void Remove(IEnumerable<string> terms)
    {
        _documents--;
        foreach (var term in terms)
        {
            if (--_df[term] == 0)
            {
                _df.Remove(term);
            }

            _touched.Add(term);
        }
    }

    /// <summary>
    /// Derives the vocabulary and IDF of the documents counted now. Returns the old → new id map when
    /// terms came or went (a gone term maps to -1), and whether any IDF value differs from before.
    /// </summary>
    public (int[]? Remap, bool IdfChanged) Commit()
    {
        var old = Terms;
        var born = _touched.Where(t => _df.ContainsKey(t) && Array.BinarySearch(old, t, StringComparer.Ordinal) < 0).Order(StringComparer.Ordinal).ToArray();
        var gone = _touched.Where(t => !_df.ContainsKey(t) && Array.BinarySearch(old, t, StringComparer.Ordinal) >= 0).ToHashSet(StringComparer.Ordinal);
        _touched.Clear();
        int[]? remap = null;
        if (born.Length > 0 || gone.Count > 0)
        {
            (Terms, remap) = Merge(old, born, gone);
        }

        var idf = new double[Terms.Length];
        for (var i = 0; i < idf.Length; i++)
        {
            idf[i] = Math.Log((1.0 + _documents) / (1.0 + _df[Terms[i]])) + 1;
        }

        var changed = remap is not null || !idf.AsSpan().SequenceEqual(Idf);
        Idf = idf;
        return (remap, changed);
    }

    private static (string[] Terms, int[] Remap) Merge(string[] old, string[] born, HashSet<string> gone)
    {
        var terms = new string[old.Length - gone.Count + born.Length];
        var remap = new int[old.Length];
        int i = 0, j = 0, n = 0;
        while (i < old.Length || j < born.Length)
        {
            if (i < old.Length && gone.Contains(old[i]))
            {
                remap[i++] = -1;
            }
            else if (j >= born.Length || (i < old.Length && string.CompareOrdinal(old[i], born[j]) < 0))
            {
                remap[i++] = n;
                terms[n++] = old[i - 1];
            }
            else
            {
                terms[n++] = born[j++];
            }
        }

        return (terms, remap);
    }
}
