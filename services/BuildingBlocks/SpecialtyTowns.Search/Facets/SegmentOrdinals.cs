using Lucene.Net.Index;
using SpecialtyTowns.Search.Indexing;

namespace SpecialtyTowns.Search.Facets;

/// <summary>The facet, filter and suggestion ordinals of one segment; <see cref="FacetLayout"/> caches them.</summary>
internal sealed class SegmentOrdinals
{
    public SegmentOrdinals(AtomicReader reader, IReadOnlyList<FacetFields> dimensions)
    {
        Facets = new FieldOrdinals[dimensions.Count];
        Filters = new FieldOrdinals[dimensions.Count];
        for (var i = 0; i < dimensions.Count; i++)
        {
            Facets[i] = FieldOrdinals.Load(reader, dimensions[i].FacetField);
            Filters[i] = dimensions[i].FiltersOnFacetField ? Facets[i] : FieldOrdinals.Load(reader, dimensions[i].FilterField);
        }

        Suggestions = FieldOrdinals.Load(reader, SearchFields.SuggestValues);
    }

    /// <summary>Indexed like the layout's dimensions.</summary>
    public FieldOrdinals[] Facets { get; }

    /// <summary>Indexed like the layout's dimensions.</summary>
    public FieldOrdinals[] Filters { get; }

    /// <summary>The labelled suggestion strings of each document.</summary>
    public FieldOrdinals Suggestions { get; }
}
