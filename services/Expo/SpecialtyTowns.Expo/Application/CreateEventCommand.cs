using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application;

public sealed record CreateEventCommand(string? RequestId, string Name, string? NameEn, string? City, DateOnly StartsOn, DateOnly EndsOn, string TimeZone)
    : IIdempotentCommand;
