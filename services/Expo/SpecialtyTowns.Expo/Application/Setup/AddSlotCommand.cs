using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Setup;

public sealed record AddSlotCommand(string? RequestId, Guid EventId, DateTimeOffset StartsAt, DateTimeOffset EndsAt) : IIdempotentCommand;
