namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>A participant, or one of its attendees, found by name at the desk, and whether it is in already.</summary>
public sealed record CheckInCandidate(
    Guid ParticipantId,
    Guid? AttendeeId,
    string Kind,
    string Name,
    string? NameEn,
    string? AttendeeName,
    string? AttendeeTitle,
    DateTimeOffset? CheckedInAt);
