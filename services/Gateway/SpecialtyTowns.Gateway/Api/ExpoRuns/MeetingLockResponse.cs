namespace SpecialtyTowns.Gateway.Api.ExpoRuns;

public sealed record MeetingLockResponse(Guid MeetingId, bool Locked);
