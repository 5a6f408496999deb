using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>FilledByEnterpriseId only when moving to filled; ExpectedVersion 0 skips the staleness check.</summary>
public sealed record ChangeChainGapStatusCommand(
    string? RequestId, Guid Id, GapStatus Status, string? Note, Guid? FilledByEnterpriseId, int ExpectedVersion) : IIdempotentCommand;
