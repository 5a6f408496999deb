using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Runs;

public sealed record SetMeetingLockedCommand(string? RequestId, Guid MeetingId, bool Locked) : IIdempotentCommand;
