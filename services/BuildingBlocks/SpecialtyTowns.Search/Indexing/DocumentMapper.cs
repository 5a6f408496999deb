using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace SpecialtyTowns.Search.Indexing;

/// <summary>
/// A service's document as Lucene fields, as its schema describes them. Nothing goes to Lucene's stored fields: what a
/// hit returns (the id, the stored fields, the first value of each stored text field) is kept as docvalues, read
/// straight from the memory-mapped file, where a stored field would cost decompressing its whole chunk per hit.
/// </summary>
internal static class DocumentMapper
{
    /// <summary>The document's id, after the schema's rules have accepted the document.</summary>
    /// <exception cref="ArgumentException">The document breaks a rule of the schema, or its id is blank.</exception>
    public static string ValidatedId<TDocument>(SearchSchema<TDocument> schema, TDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        schema.ValidateDocument(source);
        var id = schema.Id(source);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("Id must not be blank.", "Id");
        }

        return id;
    }

    public static Document ToLucene<TDocument>(SearchSchema<TDocument> schema, TDocument source, string id)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, id, Field.Store.NO),
            new SortedDocValuesField(SearchFields.Id, new BytesRef(id)),
        };

        foreach (var stored in schema.StoredFields)
        {
            if (stored.Value(source) is { } value)
            {
                document.Add(new BinaryDocValuesField(stored.Name, new BytesRef(value)));
            }
        }

        foreach (var text in schema.TextFields)
        {
            string? first = null;
            foreach (var value in text.Values(source))
            {
                if (value is not null)
                {
                    document.Add(new TextField(text.Name, value, Field.Store.NO));
                    first ??= value;
                }
            }

            if (text.Stored && first is not null)
            {
                document.Add(new BinaryDocValuesField(text.Name, new BytesRef(first)));
            }
        }

        foreach (var sortValue in schema.SortValues)
        {
            document.Add(new NumericDocValuesField(sortValue.Name, sortValue.Value(source) ?? sortValue.Missing));
        }

        foreach (var (text, origin) in SuggestionLabel.Distinct(schema.SuggestionSources(source)))
        {
            document.Add(new TextField(SearchFields.Suggest, text, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SearchFields.SuggestValues, new BytesRef(SuggestionLabel.Encode(origin, text))));
        }

        foreach (var dimension in schema.Facets)
        {
            AddDocValues(document, dimension.Fields.FacetField, dimension.FacetValues(source));
            if (!dimension.Fields.FiltersOnFacetField)
            {
                AddDocValues(document, dimension.Fields.FilterField, dimension.FilterValues(source));
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
