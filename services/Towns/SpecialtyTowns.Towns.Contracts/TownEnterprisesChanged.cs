using MassTransit;

namespace SpecialtyTowns.Towns.Contracts;

/// <summary>
/// What Towns shows of a town's enterprises (their count, its leading enterprises) changed, after
/// Enterprises' events reached Towns; readers of a town's profile refresh it.
/// </summary>
[MessageUrn("specialtytowns:towns:town-enterprises-changed:v1")]
[EntityName("specialtytowns.towns.town-enterprises-changed.v1")]
public sealed record TownEnterprisesChanged(Guid TownId, DateTimeOffset At);
