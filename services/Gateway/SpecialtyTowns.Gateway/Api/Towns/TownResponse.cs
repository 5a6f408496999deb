namespace SpecialtyTowns.Gateway.Api.Towns;

/// <summary>A town's public profile; <c>enterpriseCount</c> and <c>leadingEnterprises</c> follow Enterprises' events.</summary>
public sealed record TownResponse(
    string Id,
    string Name,
    string? NameEn,
    string? City,
    string? County,
    string? Level,
    string Category,
    string MainIndustry,
    IReadOnlyList<string> Facts,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<KeyFigureDto> KeyFigures,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Policies,
    IReadOnlyList<ContactDto> Contacts,
    int EnterpriseCount,
    IReadOnlyList<LeadingEnterpriseDto> LeadingEnterprises);
