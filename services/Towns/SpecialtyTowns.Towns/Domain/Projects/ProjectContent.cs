namespace SpecialtyTowns.Towns.Domain.Projects;

/// <summary>
/// What a town says about a project. Amounts are CNY in fen (integers: money is never a
/// floating-point number). Land area is in square metres.
/// </summary>
public sealed record ProjectContent(
    string Title,
    string? TitleEn,
    string Description,
    string? DescriptionEn,
    string IndustryCode,
    long AmountMinFen,
    long AmountMaxFen,
    IReadOnlyList<string> CooperationModes,
    decimal? LandAreaSquareMetres,
    string? Incentives,
    string? Location,
    DateOnly? Deadline,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail);
