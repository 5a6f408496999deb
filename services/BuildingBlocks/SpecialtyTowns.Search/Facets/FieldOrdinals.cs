using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SpecialtyTowns.Search.Facets;

/// <summary>
/// One segment's values of one sorted-set docvalues field, flattened into arrays: doc d has the
/// ordinals <c>Ords[Starts[d]..Starts[d+1]]</c>. Immutable once built, so searches on any thread
/// share it; reading arrays is what keeps a facet pass over 100k documents to a few milliseconds.
/// </summary>
internal sealed class FieldOrdinals
{
    public static readonly FieldOrdinals Empty = new([0], [], []);

    private readonly Dictionary<string, int> _ordByLabel;

    private FieldOrdinals(int[] starts, int[] ords, string[] labels)
    {
        Starts = starts;
        Ords = ords;
        Labels = labels;
        _ordByLabel = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        for (var ord = 0; ord < labels.Length; ord++)
        {
            _ordByLabel[labels[ord]] = ord;
        }
    }

    public int[] Starts { get; }

    public int[] Ords { get; }

    public string[] Labels { get; }

    public static FieldOrdinals Load(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null)
        {
            return Empty;
        }

        var labels = new string[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            labels[ord] = bytes.Utf8ToString();
        }

        var maxDoc = reader.MaxDoc;
        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ords.Add((int)ord);
            }
        }

        starts[maxDoc] = ords.Count;
        return new FieldOrdinals(starts, [.. ords], labels);
    }

    /// <summary>The ordinal of a label in this segment, or -1 when no document here has it.</summary>
    public int OrdOf(string label) => _ordByLabel.GetValueOrDefault(label, -1);

    public bool Has(int doc, int ord)
    {
        if (doc + 1 >= Starts.Length)
        {
            return false;
        }

        for (var i = Starts[doc]; i < Starts[doc + 1]; i++)
        {
            if (Ords[i] == ord)
            {
                return true;
            }
        }

        return false;
    }
}
