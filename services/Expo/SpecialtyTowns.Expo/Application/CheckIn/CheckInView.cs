namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>A venue check-in with the names the desk shows; <see cref="Created"/> false when it was already there.</summary>
public sealed record CheckInView(
    Guid Id,
    Guid EventId,
    Guid ParticipantId,
    Guid? AttendeeId,
    string ParticipantName,
    string? ParticipantNameEn,
    string? AttendeeName,
    string Kind,
    string Method,
    string CheckedInBy,
    DateTimeOffset CheckedInAt,
    bool Created);
