using MassTransit;

namespace SpecialtyTowns.Enterprises.Contracts;

/// <summary>An enterprise of a specialty town joined the marketplace.</summary>
[MessageUrn("specialtytowns:enterprises:enterprise-registered:v1")]
[EntityName("specialtytowns.enterprises.enterprise-registered.v1")]
public sealed record EnterpriseRegistered(
    Guid EnterpriseId,
    Guid TownId,
    string Name,
    IReadOnlyList<string> Products,
    DateTimeOffset RegisteredAt,
    string? NameEn = null,
    string? IndustryCode = null,
    bool Leading = false);
