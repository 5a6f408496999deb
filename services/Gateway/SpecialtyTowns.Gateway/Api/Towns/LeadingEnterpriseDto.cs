namespace SpecialtyTowns.Gateway.Api.Towns;

/// <summary>A leading enterprise (龙头企业) of a town, as its profile names it.</summary>
public sealed record LeadingEnterpriseDto(string Id, string Name, string? NameEn);
