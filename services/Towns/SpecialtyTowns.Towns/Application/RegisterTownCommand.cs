using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Towns.Domain;

namespace SpecialtyTowns.Towns.Application;

public sealed record RegisterTownCommand(string? RequestId, TownRegistration Town) : IIdempotentCommand;
