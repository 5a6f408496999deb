using MassTransit;

namespace SpecialtyTowns.Enterprises.Contracts;

/// <summary>A node of a town's chain was added, changed or removed (Removed); the chain map and search follow it.</summary>
[MessageUrn("specialtytowns:enterprises:chain-node-changed:v1")]
[EntityName("specialtytowns.enterprises.chain-node-changed.v1")]
public sealed record ChainNodeChanged(Guid NodeId, Guid TownId, string Chain, string Name, string Position, string Status, bool Removed, int Version, DateTimeOffset At);
