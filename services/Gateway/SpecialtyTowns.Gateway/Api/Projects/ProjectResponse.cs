namespace SpecialtyTowns.Gateway.Api.Projects;

public sealed record ProjectResponse(
    string Id,
    string TownId,
    string Title,
    string? TitleEn,
    string Description,
    string? DescriptionEn,
    string Industry,
    decimal AmountMinYuan,
    decimal AmountMaxYuan,
    IReadOnlyList<string> CooperationModes,
    decimal? LandAreaSquareMetres,
    string? Incentives,
    string? Location,
    string? Deadline,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt);
