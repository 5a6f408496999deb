using MassTransit;

namespace SpecialtyTowns.Towns.Contracts;

/// <summary>A town's profile changed; carries the profile as it now is.</summary>
[MessageUrn("specialtytowns:towns:town-updated:v1")]
[EntityName("specialtytowns.towns.town-updated.v1")]
public sealed record TownUpdated(
    Guid TownId,
    string Name,
    string? NameEn,
    string? City,
    string? County,
    string MainIndustry,
    DateTimeOffset UpdatedAt);
