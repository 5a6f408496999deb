using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Leads.Application;

public sealed record CreateLeadCommand(string? RequestId, Guid TownId, string Message) : IIdempotentCommand;
