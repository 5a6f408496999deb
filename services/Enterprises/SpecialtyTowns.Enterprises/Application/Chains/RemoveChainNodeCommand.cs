using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Enterprises.Application.Chains;

public sealed record RemoveChainNodeCommand(string? RequestId, Guid Id) : IIdempotentCommand;
