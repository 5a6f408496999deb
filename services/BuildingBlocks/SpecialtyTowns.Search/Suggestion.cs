namespace SpecialtyTowns.Search;

/// <summary>A completion for what the user is typing, with the source the schema gave its text.</summary>
public sealed record Suggestion(string Text, string Source);
