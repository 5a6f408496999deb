using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Setup;

public sealed record AddHallCommand(string? RequestId, Guid EventId, string Name, string? NameEn, int Position) : IIdempotentCommand;
