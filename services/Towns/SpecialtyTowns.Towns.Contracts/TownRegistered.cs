using MassTransit;

namespace SpecialtyTowns.Towns.Contracts;

/// <summary>
/// A specialty town joined the marketplace. Level and Category carry the stable keys
/// (<c>provincial</c>, <c>advanced-manufacturing</c>...); Level is null where the sources
/// do not say.
/// </summary>
[MessageUrn("specialtytowns:towns:town-registered:v1")]
[EntityName("specialtytowns.towns.town-registered.v1")]
public sealed record TownRegistered(
    Guid TownId,
    string Name,
    string? NameEn,
    string? City,
    string? County,
    string? Level,
    string Category,
    string MainIndustry,
    DateTimeOffset RegisteredAt);
