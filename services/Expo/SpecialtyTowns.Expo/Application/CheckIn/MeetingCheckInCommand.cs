using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>Check a party in at its meeting's table; no participant: the caller's own.</summary>
public sealed record MeetingCheckInCommand(string? RequestId, Guid MeetingId, Guid? ParticipantId) : IIdempotentCommand;
