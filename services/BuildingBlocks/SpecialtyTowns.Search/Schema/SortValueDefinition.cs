namespace SpecialtyTowns.Search.Schema;

/// <summary>A numeric docvalues field that sorts can order by; <see cref="Missing"/> stands for a null value.</summary>
internal sealed record SortValueDefinition<TDocument>(string Name, Func<TDocument, long?> Value, long Missing);
