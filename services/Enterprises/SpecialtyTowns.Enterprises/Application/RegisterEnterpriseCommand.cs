using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Enterprises.Application;

public sealed record RegisterEnterpriseCommand(string? RequestId, Guid TownId, EnterpriseProfile Profile) : IIdempotentCommand;
