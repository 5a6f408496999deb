namespace SpecialtyTowns.Gateway.Api.Search;

/// <summary>
/// One search result. Towns carry <c>name</c>, projects <c>title</c>; <c>highlight</c> is an
/// HTML snippet with the matched words in &lt;em&gt;.
/// </summary>
public sealed record SearchItem(
    string Id,
    string Kind,
    string? Name,
    string? Title,
    string? NameEn,
    string? TitleEn,
    string TownId,
    string TownName,
    double Score,
    string? Highlight,
    int MatchedWords = 0);
