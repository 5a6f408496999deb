namespace SpecialtyTowns.Gateway.Api.ExpoCheckIn;

/// <summary>A party's check-in at its meeting; <c>created</c> false when it was in already; <c>noShow</c> "cleared" when arriving cleared a provisional no-show.</summary>
public sealed record MeetingCheckInResponse(string MeetingId, string EventId, string ParticipantId, string CheckedInBy, DateTimeOffset CheckedInAt, bool Created, string? NoShow);
