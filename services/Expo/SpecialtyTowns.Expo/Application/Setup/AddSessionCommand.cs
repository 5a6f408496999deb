using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Setup;

public sealed record AddSessionCommand(string? RequestId, Guid EventId, DateOnly Day, TimeOnly StartsAt, TimeOnly EndsAt, int MeetingMinutes, int BreakMinutes, string? Name, string? NameEn)
    : IIdempotentCommand;
