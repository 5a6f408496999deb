using MassTransit;

namespace SpecialtyTowns.Enterprises.Contracts;

/// <summary>An enterprise's profile changed; carries the profile's public summary as it now is.</summary>
[MessageUrn("specialtytowns:enterprises:enterprise-updated:v1")]
[EntityName("specialtytowns.enterprises.enterprise-updated.v1")]
public sealed record EnterpriseUpdated(
    Guid EnterpriseId,
    Guid TownId,
    string Name,
    IReadOnlyList<string> Products,
    DateTimeOffset UpdatedAt,
    string? NameEn = null,
    string? IndustryCode = null,
    bool Leading = false,
    int Version = 0);
