using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Enterprises.Application.Chains;

/// <summary>Id null adds a node; TownId is required for an admin adding one; ExpectedVersion 0 skips the staleness check.</summary>
public sealed record SaveChainNodeCommand(string? RequestId, Guid? Id, Guid? TownId, ChainNodeContent Content, int ExpectedVersion) : IIdempotentCommand;
