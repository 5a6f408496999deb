namespace SpecialtyTowns.Search;

/// <summary>One key of a sort a schema declares; every sort ends with the document id, so equal keys page stably.</summary>
public sealed record SortKey
{
    private SortKey(string? field, bool descending)
    {
        Field = field;
        Descending = descending;
    }

    /// <summary>Best score first. Dropped when the query has no text, where every score is equal.</summary>
    public static SortKey Score { get; } = new(null, descending: true);

    /// <summary>A sort value field (<see cref="SearchSchemaBuilder{TDocument}.SortValue"/>); null for the score.</summary>
    public string? Field { get; }

    public bool Descending { get; }

    public static SortKey DescendingBy(string field) => new(Require(field), descending: true);

    private static string Require(string field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        return field;
    }
}
