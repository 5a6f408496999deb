using Lucene.Net.Documents;
using Lucene.Net.Util;
using SpecialtyTowns.Towns.Search.Facets;

namespace SpecialtyTowns.Towns.Search.Indexing;

internal static class DocumentMapper
{
    public static string IdTerm(Guid id) => id.ToString("N");

    public static Document ToLucene(SearchDocument source)
    {
        var id = IdTerm(source.Id);
        var document = new Document
        {
            new StringField(SearchFields.Id, id, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Id, new BytesRef(id)),
            new StoredField(SearchFields.Kind, source.Kind),
            new StoredField(SearchFields.TownId, IdTerm(source.TownId)),
            new StoredField(SearchFields.TownName, source.TownName),
            new TextField(SearchFields.TitleZh, source.Title, Field.Store.YES),
            new TextField(SearchFields.TextZh, source.Text, Field.Store.YES),
            new TextField(SearchFields.PlaceZh, source.TownName, Field.Store.NO),
            new NumericDocValuesField(SearchFields.PublishedAt, source.PublishedAt.ToUnixTimeMilliseconds()),
            new NumericDocValuesField(
                SearchFields.SortAmount,
                AmountBands.BandingAmount(source.AmountMinFen, source.AmountMaxFen) ?? -1),
        };

        if (source.TitleEn is not null)
        {
            document.Add(new TextField(SearchFields.TitleEn, source.TitleEn, Field.Store.YES));
        }

        if (source.TextEn is not null)
        {
            document.Add(new TextField(SearchFields.TextEn, source.TextEn, Field.Store.YES));
        }

        foreach (var keyword in source.Keywords)
        {
            document.Add(new TextField(SearchFields.KeywordsZh, keyword, Field.Store.YES));
            document.Add(new TextField(SearchFields.KeywordsEn, keyword, Field.Store.NO));
        }

        foreach (var (text, origin) in SuggestionLabel.SourcesOf(source))
        {
            document.Add(new TextField(SearchFields.Suggest, text, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SearchFields.SuggestValues, new BytesRef(SuggestionLabel.Encode(origin, text))));
        }

        foreach (var place in new[] { source.City, source.County })
        {
            if (place is not null)
            {
                document.Add(new TextField(SearchFields.PlaceZh, place, Field.Store.NO));
            }
        }

        foreach (var dimension in FacetDimensions.All)
        {
            AddDocValues(document, dimension.FacetField, dimension.FacetValues(source));
            if (!dimension.FiltersOnFacetField)
            {
                AddDocValues(document, dimension.FilterField, dimension.FilterValues(source));
            }
        }

        return document;
    }

    private static void AddDocValues(Document document, string field, IEnumerable<string> values)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }
}
