using SpecialtyTowns.Search.Facets;
using SpecialtyTowns.Search.Indexing;
using SpecialtyTowns.Search.Schema;

namespace SpecialtyTowns.Search;

/// <summary>
/// Describes how a service's documents are indexed: text fields per language, facets, sort values and sorts,
/// stored fields returned in hits, suggestion strings, and the document rules. Build once and share: the schema
/// also holds the facet ordinals cache of the segments indexed with it.
/// </summary>
/// <typeparam name="TDocument">The service's own document type.</typeparam>
public sealed class SearchSchemaBuilder<TDocument>
{
    private readonly Func<TDocument, string> _id;
    private readonly List<TextFieldDefinition<TDocument>> _text = [];
    private readonly List<StoredFieldDefinition<TDocument>> _stored = [];
    private readonly List<FacetDimension<TDocument>> _facets = [];
    private readonly List<SortValueDefinition<TDocument>> _sortValues = [];
    private readonly List<(string Name, SortKey[] Keys)> _sorts = [];
    private Func<TDocument, IEnumerable<(string? Text, string Source)>> _suggestions = _ => [];
    private IReadOnlyList<string> _preferredSources = [];
    private Action<TDocument> _validate = _ => { };

    /// <param name="id">The document's id: unique in the index, the key of upserts and deletes.</param>
    public SearchSchemaBuilder(Func<TDocument, string> id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _id = id;
    }

    /// <summary>
    /// A full-text field. A query's Chinese runs are looked for in every Chinese field, its other words (stemmed) in
    /// every English field and (as typed) in every Chinese field; a match weighs <paramref name="boost"/>.
    /// Highlighted fields are tried in the order declared; highlighting needs the field stored.
    /// </summary>
    public SearchSchemaBuilder<TDocument> Text(
        string name,
        SearchLanguage language,
        float boost,
        Func<TDocument, IEnumerable<string?>> values,
        bool stored = false,
        bool highlight = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(boost);
        if (highlight && !stored)
        {
            throw new ArgumentException($"Text field '{name}' must be stored to be highlighted.", nameof(highlight));
        }

        _text.Add(new TextFieldDefinition<TDocument>(name, language, boost, values, stored, highlight));
        return this;
    }

    /// <summary>A value not searched, only returned in <see cref="SearchHit.Fields"/>.</summary>
    public SearchSchemaBuilder<TDocument> Stored(string name, Func<TDocument, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _stored.Add(new StoredFieldDefinition<TDocument>(name, value));
        return this;
    }

    /// <summary>
    /// A facet, counted drill-sideways in every result and usable as a filter under its name.
    /// </summary>
    /// <param name="name">The facet's name in <see cref="SearchResult.Facets"/> and <see cref="SearchQuery.Filters"/>.</param>
    /// <param name="values">The document's values; none leaves it out of the facet.</param>
    /// <param name="vocabulary">The closed list of values a filter may take, or null for an open facet.</param>
    /// <param name="checkFilter">A further rule for a filter value: the error message, or null when it is valid.</param>
    /// <param name="withAncestors">
    /// For a hierarchical facet, a value and every value above it ("C3311" gives "C", "C33", "C331", "C3311"):
    /// a filter on a value then matches every value below it.
    /// </param>
    public SearchSchemaBuilder<TDocument> Facet(
        string name,
        Func<TDocument, IEnumerable<string>> values,
        IReadOnlyList<string>? vocabulary = null,
        Func<string, string?>? checkFilter = null,
        Func<string, IEnumerable<string>>? withAncestors = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        var filterValues = withAncestors is null ? values : d => values(d).SelectMany(withAncestors);
        _facets.Add(new FacetDimension<TDocument>(new FacetFields(name, withAncestors is not null), values, filterValues, vocabulary, checkFilter));
        return this;
    }

    /// <summary>A number sorts can order by (<see cref="SortKey.DescendingBy"/>); a null value counts as <paramref name="missing"/>.</summary>
    public SearchSchemaBuilder<TDocument> SortValue(string name, Func<TDocument, long?> value, long missing = -1)
    {
        ArgumentNullException.ThrowIfNull(value);
        _sortValues.Add(new SortValueDefinition<TDocument>(name, value, missing));
        return this;
    }

    /// <summary>A result order by name; the first declared is the default. The document id ends every order.</summary>
    public SearchSchemaBuilder<TDocument> Sort(string name, params SortKey[] keys)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(keys);
        _sorts.Add((name, keys));
        return this;
    }

    /// <summary>
    /// The strings a document offers as suggestions, each with its source; blank ones are skipped and each text is
    /// kept once, with its first source. Where several documents give one text different sources, the first of
    /// <paramref name="preferredSources"/> present wins, else the first document's.
    /// </summary>
    public SearchSchemaBuilder<TDocument> Suggestions(
        Func<TDocument, IEnumerable<(string? Text, string Source)>> sources,
        params string[] preferredSources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _suggestions = sources;
        _preferredSources = preferredSources;
        return this;
    }

    /// <summary>The service's rules for a document; throw <see cref="ArgumentException"/> naming the property.</summary>
    public SearchSchemaBuilder<TDocument> Validate(Action<TDocument> validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        _validate = validate;
        return this;
    }

    /// <exception cref="InvalidOperationException">Two fields share a name, a name is reserved, or a sort names an unknown value.</exception>
    public SearchSchema<TDocument> Build()
    {
        if (_text.Count == 0)
        {
            throw new InvalidOperationException("A search schema needs at least one text field.");
        }

        var fieldNames = _text.Select(f => f.Name).Concat(_stored.Select(f => f.Name)).Concat(_sortValues.Select(f => f.Name)).ToList();
        var clash = fieldNames.Where(SearchFields.IsReserved)
            .Concat(fieldNames.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            .Concat(_facets.GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            .Concat(_sorts.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            .FirstOrDefault();
        if (clash is not null)
        {
            throw new InvalidOperationException($"The name '{clash}' is reserved or declared twice.");
        }

        var unknown = _sorts.SelectMany(s => s.Keys).Select(k => k.Field).FirstOrDefault(f => f is not null && _sortValues.All(v => v.Name != f));
        if (unknown is not null)
        {
            throw new InvalidOperationException($"A sort orders by '{unknown}', which is not a declared sort value.");
        }

        var sorts = _sorts.Count > 0 ? _sorts : [("relevance", [SortKey.Score])];
        return new SearchSchema<TDocument>(
            _id,
            [.. _text],
            [.. _stored],
            [.. _facets],
            [.. _sortValues],
            sorts.Select(s => (s.Name, (IReadOnlyList<SortKey>)s.Keys)).ToList(),
            _suggestions,
            _preferredSources,
            _validate);
    }
}
