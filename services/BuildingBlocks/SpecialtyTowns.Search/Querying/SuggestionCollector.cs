using Lucene.Net.Index;
using Lucene.Net.Search;
using SpecialtyTowns.Search.Facets;
using SpecialtyTowns.Search.Indexing;

namespace SpecialtyTowns.Search.Querying;

/// <summary>Counts, over every matching document, how many carry each suggestion string.</summary>
/// <param name="layout">Where the segments' suggestion ordinals are cached.</param>
internal sealed class SuggestionCollector(FacetLayout layout) : ICollector
{
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private FieldOrdinals? _segment;
    private int[] _counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = layout.For(context.AtomicReader).Suggestions;
        _counts = new int[_segment.Labels.Length];
    }

    public void Collect(int doc)
    {
        var values = _segment!;
        if (doc + 1 >= values.Starts.Length)
        {
            return;
        }

        for (var i = values.Starts[doc]; i < values.Starts[doc + 1]; i++)
        {
            _counts[values.Ords[i]]++;
        }
    }

    /// <summary>Each (source, text) label with the number of documents carrying it.</summary>
    public IEnumerable<(string Source, string Text, int Documents)> Labels()
    {
        Flush();
        return _totals.Select(pair =>
        {
            var (source, text) = SuggestionLabel.Decode(pair.Key);
            return (source, text, pair.Value);
        });
    }

    private void Flush()
    {
        if (_segment is null)
        {
            return;
        }

        for (var ord = 0; ord < _counts.Length; ord++)
        {
            if (_counts[ord] > 0)
            {
                var label = _segment.Labels[ord];
                _totals[label] = _totals.GetValueOrDefault(label) + _counts[ord];
            }
        }

        _segment = null;
    }
}
