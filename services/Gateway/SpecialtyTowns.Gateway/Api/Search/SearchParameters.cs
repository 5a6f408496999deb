namespace SpecialtyTowns.Gateway.Api.Search;

/// <summary>
/// Query string of the search routes: <c>q</c> (Chinese, English or mixed) and filters; facets
/// are counted over the matches with every filter but their own.
/// </summary>
public sealed record SearchParameters(
    string? Q,
    string? Industry,
    string? City,
    string? County,
    string? Level,
    string? Category,
    string? AmountBand,
    string? CooperationMode,
    string? Status,
    string? Sort,
    int? Page,
    int? PageSize);
