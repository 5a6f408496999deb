using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Enterprises.Domain.Chains;

namespace SpecialtyTowns.Enterprises.Application.Chains;

/// <summary>The event a node's change writes to the outbox, so every replica's index and cache follow it.</summary>
public static class ChainNodeEvents
{
    public static ChainNodeChanged Changed(ChainNode node, bool removed, DateTimeOffset at) => new(
        node.Id, node.TownId, node.Chain, node.Name, ChainKeys.Of(node.Position), ChainKeys.Of(node.Status), removed, node.Version, at);
}
