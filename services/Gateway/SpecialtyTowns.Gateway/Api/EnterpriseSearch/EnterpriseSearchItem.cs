namespace SpecialtyTowns.Gateway.Api.EnterpriseSearch;

/// <summary>
/// One result. Enterprises carry <c>name</c>, gaps <c>title</c>; <c>highlight</c> is an HTML snippet with the matched
/// words in &lt;em&gt;; <c>chainPositions</c> are a gap's node's position or the positions an enterprise is listed at.
/// </summary>
public sealed record EnterpriseSearchItem(
    string Id,
    string Kind,
    string? Name,
    string? Title,
    string? NameEn,
    string? TitleEn,
    string TownId,
    string TownName,
    string? City,
    string? Industry,
    IReadOnlyList<string> ChainPositions,
    string? Status,
    bool? Leading,
    double Score,
    string? Highlight);
