using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SpecialtyTowns.Search.Facets;

/// <summary>
/// One pass over the documents that match the text, doing what Lucene's DrillSideways does: a
/// document that passes every filter is a hit and counts in every facet; one that fails exactly
/// one filter counts only in that filter's own facet, so each facet shows what choosing another
/// value there would give; one that fails two or more is skipped. Hits go on to the inner
/// collector for ranking.
/// </summary>
internal sealed class DrillSidewaysCollector : ICollector
{
    private const int NoFilter = -1;
    private const int Unmatchable = -2;

    private readonly FacetLayout _layout;
    private readonly ICollector _hits;
    private readonly string?[] _selected;
    private readonly int[] _filterOrds;
    private readonly int[][] _segmentCounts;
    private readonly Dictionary<string, int>[] _totals;
    private SegmentOrdinals? _segment;

    /// <param name="layout">The facets to count and filter on.</param>
    /// <param name="hits">Receives the documents that pass every filter.</param>
    /// <param name="selected">The filter value of each dimension of the layout, null for none.</param>
    public DrillSidewaysCollector(FacetLayout layout, ICollector hits, string?[] selected)
    {
        _layout = layout;
        _hits = hits;
        _selected = selected;
        var count = layout.Dimensions.Count;
        _filterOrds = new int[count];
        _segmentCounts = new int[count][];
        _totals = new Dictionary<string, int>[count];
        for (var i = 0; i < count; i++)
        {
            _totals[i] = new Dictionary<string, int>(StringComparer.Ordinal);
        }
    }

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = _layout.For(context.AtomicReader);
        for (var i = 0; i < _selected.Length; i++)
        {
            var value = _selected[i];
            _filterOrds[i] = value is null ? NoFilter : _segment.Filters[i].OrdOf(value) is var ord and >= 0 ? ord : Unmatchable;
            _segmentCounts[i] = new int[_segment.Facets[i].Labels.Length];
        }

        _hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        var failed = -1;
        for (var i = 0; i < _filterOrds.Length; i++)
        {
            var ord = _filterOrds[i];
            if (ord == NoFilter || (ord != Unmatchable && segment.Filters[i].Has(doc, ord)))
            {
                continue;
            }

            if (failed >= 0)
            {
                return;
            }

            failed = i;
        }

        if (failed >= 0)
        {
            Count(segment, failed, doc);
            return;
        }

        TotalHits++;
        _hits.Collect(doc);
        for (var i = 0; i < _segmentCounts.Length; i++)
        {
            Count(segment, i, doc);
        }
    }

    /// <summary>Facet values by count, then by value; call once collection is over.</summary>
    public Dictionary<string, IReadOnlyList<FacetValue>> Facets()
    {
        FlushSegment();
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        for (var i = 0; i < _totals.Length; i++)
        {
            facets[_layout.Dimensions[i].Name] = _totals[i]
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => new FacetValue(pair.Key, pair.Value))
                .ToList();
        }

        return facets;
    }

    private void Count(SegmentOrdinals segment, int dimension, int doc)
    {
        var values = segment.Facets[dimension];
        if (doc + 1 >= values.Starts.Length)
        {
            return;
        }

        var counts = _segmentCounts[dimension];
        for (var i = values.Starts[doc]; i < values.Starts[doc + 1]; i++)
        {
            counts[values.Ords[i]]++;
        }
    }

    private void FlushSegment()
    {
        if (_segment is null)
        {
            return;
        }

        for (var i = 0; i < _segmentCounts.Length; i++)
        {
            var counts = _segmentCounts[i];
            var labels = _segment.Facets[i].Labels;
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    _totals[i][labels[ord]] = _totals[i].GetValueOrDefault(labels[ord]) + counts[ord];
                }
            }
        }

        _segment = null;
    }
}
