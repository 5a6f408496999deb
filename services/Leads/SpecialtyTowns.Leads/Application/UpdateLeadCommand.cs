using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application;

public sealed record UpdateLeadCommand(string? RequestId, Guid LeadId, int ExpectedVersion, LeadWorkingFields Fields) : IIdempotentCommand;
