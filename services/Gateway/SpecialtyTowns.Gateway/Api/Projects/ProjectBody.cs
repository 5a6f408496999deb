namespace SpecialtyTowns.Gateway.Api.Projects;

/// <summary>
/// A project's content. Amounts are yuan as exact decimals (at most 2 decimal places: fen);
/// <c>industry</c> is a GB/T 4754 code such as C33; <c>deadline</c> is YYYY-MM-DD.
/// </summary>
public sealed record ProjectBody(
    Guid? TownId,
    string? Title,
    string? TitleEn,
    string? Description,
    string? DescriptionEn,
    string? Industry,
    decimal? AmountMinYuan,
    decimal? AmountMaxYuan,
    IReadOnlyList<string>? CooperationModes,
    decimal? LandAreaSquareMetres,
    string? Incentives,
    string? Location,
    string? Deadline,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail);
