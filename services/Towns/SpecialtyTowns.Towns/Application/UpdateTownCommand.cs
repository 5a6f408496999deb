using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Towns.Domain;

namespace SpecialtyTowns.Towns.Application;

public sealed record UpdateTownCommand(string? RequestId, Guid TownId, TownChanges Changes) : IIdempotentCommand;
