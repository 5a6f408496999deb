using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using SpecialtyTowns.Towns.Search.Indexing;

namespace SpecialtyTowns.Towns.Search.Facets;

/// <summary>
/// The facet and filter ordinals of one segment, built on first use and kept as long as the
/// segment lives. Keyed by the segment core, which near-real-time reopens and deletions keep, so
/// only new segments are loaded after a refresh.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, SegmentOrdinals> Cache = [];

    private SegmentOrdinals(AtomicReader reader)
    {
        var dimensions = FacetDimensions.All;
        Facets = new FieldOrdinals[dimensions.Count];
        Filters = new FieldOrdinals[dimensions.Count];
        for (var i = 0; i < dimensions.Count; i++)
        {
            Facets[i] = FieldOrdinals.Load(reader, dimensions[i].FacetField);
            Filters[i] = dimensions[i].FiltersOnFacetField ? Facets[i] : FieldOrdinals.Load(reader, dimensions[i].FilterField);
        }

        Suggestions = FieldOrdinals.Load(reader, SearchFields.SuggestValues);
    }

    /// <summary>Indexed like <see cref="FacetDimensions.All"/>.</summary>
    public FieldOrdinals[] Facets { get; }

    /// <summary>Indexed like <see cref="FacetDimensions.All"/>.</summary>
    public FieldOrdinals[] Filters { get; }

    /// <summary>The labelled suggestion strings of each document.</summary>
    public FieldOrdinals Suggestions { get; }

    public static SegmentOrdinals For(AtomicReader reader) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new SegmentOrdinals(reader));
}
