using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>TownId: required for admins; a town or enterprise posts for its own town.</summary>
public sealed record PostChainGapCommand(string? RequestId, Guid? TownId, ChainGapContent Content) : IIdempotentCommand;
