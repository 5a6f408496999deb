using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>Replaces the whole content; ExpectedVersion 0 skips the staleness check.</summary>
public sealed record UpdateChainGapCommand(string? RequestId, Guid Id, ChainGapContent Content, int ExpectedVersion) : IIdempotentCommand;
