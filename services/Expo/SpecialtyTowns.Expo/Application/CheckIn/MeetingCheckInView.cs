namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>A party's check-in at its meeting; <see cref="Created"/> false when it was in already (the first check-in is answered).</summary>
public sealed record MeetingCheckInView(Guid MeetingId, Guid EventId, Guid ParticipantId, string CheckedInBy, DateTimeOffset CheckedInAt, bool Created, string? NoShow);
