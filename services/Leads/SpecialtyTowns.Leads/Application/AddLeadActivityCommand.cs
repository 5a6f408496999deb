using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application;

public sealed record AddLeadActivityCommand(string? RequestId, Guid LeadId, ActivityKind Kind, DateTimeOffset? OccurredAt, string Text, bool Internal) : IIdempotentCommand;
