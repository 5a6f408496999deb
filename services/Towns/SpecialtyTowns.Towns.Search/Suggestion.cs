namespace SpecialtyTowns.Towns.Search;

/// <summary>A completion for what the user is typing; <see cref="Source"/> is "town", "project" or "keyword".</summary>
public sealed record Suggestion(string Text, string Source);
