using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SpecialtyTowns.Search.Facets;

/// <summary>
/// The facets of one schema and the ordinals of the segments indexed with it. Ordinals are built on first use and
/// kept as long as the segment lives, keyed by the segment core, which near-real-time reopens and deletions keep,
/// so only new segments are loaded after a refresh.
/// </summary>
internal sealed class FacetLayout(IReadOnlyList<FacetFields> dimensions)
{
    private readonly ConditionalWeakTable<object, SegmentOrdinals> _cache = [];

    public IReadOnlyList<FacetFields> Dimensions => dimensions;

    public SegmentOrdinals For(AtomicReader reader) =>
        _cache.GetValue(reader.CoreCacheKey, _ => new SegmentOrdinals(reader, dimensions));
}
