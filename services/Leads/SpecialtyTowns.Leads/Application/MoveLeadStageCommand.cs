using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application;

/// <param name="ExpectedVersion">The version the client saw; 0 skips the check.</param>
public sealed record MoveLeadStageCommand(string? RequestId, Guid LeadId, int ExpectedVersion, LeadStage Stage, StageFields Fields) : IIdempotentCommand;
