namespace SpecialtyTowns.Gateway.Web.Search;

/// <summary>A run of a search snippet as plain text (decoded, to be encoded again when rendered); marked runs matched the query.</summary>
public sealed record SnippetPart(string Text, bool Marked);
