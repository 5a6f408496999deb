using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Setup;

public sealed record EditHallCommand(string? RequestId, Guid EventId, Guid HallId, string Name, string? NameEn, int Position) : IIdempotentCommand;
