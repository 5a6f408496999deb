namespace SpecialtyTowns.Search.Schema;

/// <summary>A value kept only to be returned in hits.</summary>
internal sealed record StoredFieldDefinition<TDocument>(string Name, Func<TDocument, string?> Value);
