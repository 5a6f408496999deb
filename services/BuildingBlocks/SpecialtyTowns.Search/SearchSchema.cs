using Lucene.Net.Search;
using SpecialtyTowns.Search.Facets;
using SpecialtyTowns.Search.Indexing;
using SpecialtyTowns.Search.Schema;

namespace SpecialtyTowns.Search;

/// <summary>A service's documents as the index sees them; made by <see cref="SearchSchemaBuilder{TDocument}"/>.</summary>
public sealed class SearchSchema<TDocument>
{
    private static readonly SortField ById = new(SearchFields.Id, SortFieldType.STRING);

    private readonly Dictionary<string, (Sort WithText, Sort WithoutText)> _sorts;

    internal SearchSchema(
        Func<TDocument, string> id,
        IReadOnlyList<TextFieldDefinition<TDocument>> text,
        IReadOnlyList<StoredFieldDefinition<TDocument>> stored,
        IReadOnlyList<FacetDimension<TDocument>> facets,
        IReadOnlyList<SortValueDefinition<TDocument>> sortValues,
        IReadOnlyList<(string Name, IReadOnlyList<SortKey> Keys)> sorts,
        Func<TDocument, IEnumerable<(string? Text, string Source)>> suggestions,
        IReadOnlyList<string> preferredSuggestionSources,
        Action<TDocument> validate)
    {
        Id = id;
        TextFields = text;
        StoredFields = stored;
        Facets = facets;
        SortValues = sortValues;
        SuggestionSources = suggestions;
        PreferredSuggestionSources = preferredSuggestionSources;
        ValidateDocument = validate;
        Layout = new FacetLayout([.. facets.Select(f => f.Fields)]);
        FacetNames = [.. facets.Select(f => f.Name)];
        SortNames = [.. sorts.Select(s => s.Name)];
        _sorts = sorts.ToDictionary(
            s => s.Name,
            s => (ToLucene(s.Keys), ToLucene(s.Keys.Where(k => k.Field is not null))),
            StringComparer.Ordinal);
    }

    public IReadOnlyList<string> FacetNames { get; }

    /// <summary>The sorts by name, the default first.</summary>
    public IReadOnlyList<string> SortNames { get; }

    internal Func<TDocument, string> Id { get; }

    internal IReadOnlyList<TextFieldDefinition<TDocument>> TextFields { get; }

    internal IReadOnlyList<StoredFieldDefinition<TDocument>> StoredFields { get; }

    internal IReadOnlyList<FacetDimension<TDocument>> Facets { get; }

    internal IReadOnlyList<SortValueDefinition<TDocument>> SortValues { get; }

    internal Func<TDocument, IEnumerable<(string? Text, string Source)>> SuggestionSources { get; }

    internal IReadOnlyList<string> PreferredSuggestionSources { get; }

    internal Action<TDocument> ValidateDocument { get; }

    internal FacetLayout Layout { get; }

    /// <summary>The Lucene sort for a validated sort name; without text, score keys are left out (every score is equal).</summary>
    internal Sort LuceneSort(string name, bool hasText) => hasText ? _sorts[name].WithText : _sorts[name].WithoutText;

    private static Sort ToLucene(IEnumerable<SortKey> keys) =>
        new([.. keys.Select(k => k.Field is null ? SortField.FIELD_SCORE : new SortField(k.Field, SortFieldType.INT64, k.Descending)), ById]);
}
