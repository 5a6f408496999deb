namespace SpecialtyTowns.Gateway.Api.Towns;

/// <summary>
/// A town to register. <c>level</c> is <c>provincial</c>, <c>municipal</c> or absent (unknown);
/// <c>category</c> is <c>advanced-manufacturing</c>, <c>specialty-light-industry</c> or
/// <c>specialty-agriculture</c>.
/// </summary>
public sealed record RegisterTownBody(
    string? Name,
    string? NameEn,
    string? City,
    string? County,
    string? Level,
    string? Category,
    string? MainIndustry,
    IReadOnlyList<string>? Facts);
