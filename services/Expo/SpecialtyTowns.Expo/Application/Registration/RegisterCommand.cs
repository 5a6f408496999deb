namespace SpecialtyTowns.Expo.Application.Registration;

/// <summary>No request id: a registration is already unique per (event, kind, subject), so a retry finds it.</summary>
public sealed record RegisterCommand(
    Guid EventId,
    string Kind,
    string Name,
    string? NameEn,
    IReadOnlyList<string> Languages,
    int Seats,
    int? MaxMeetings,
    IReadOnlyList<NewAttendee> Attendees,
    Guid? OrganisationId);
