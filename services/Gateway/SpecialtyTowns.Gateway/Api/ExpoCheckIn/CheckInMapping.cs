using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Api.ExpoCheckIn;

/// <summary>Check-in messages to JSON.</summary>
public static class CheckInMapping
{
    public static CheckInResponse ToResponse(CheckInResult r) => new(
        r.Id,
        r.EventId,
        r.ParticipantId,
        Empty(r.AttendeeId),
        r.ParticipantName,
        Empty(r.ParticipantNameEn),
        Empty(r.AttendeeName),
        r.Kind,
        r.Method,
        r.CheckedInBy,
        r.CheckedInAt.ToDateTimeOffset(),
        r.Created);

    public static CheckInListResponse ToResponse(CheckInList list) => new([.. list.CheckIns.Select(ToResponse)], list.Total, list.ApprovedParticipants);

    public static IReadOnlyList<CheckInCandidateResponse> ToResponse(CheckInCandidates candidates) =>
    [
        .. candidates.Candidates.Select(c => new CheckInCandidateResponse(
            c.ParticipantId,
            Empty(c.AttendeeId),
            c.Kind,
            c.Name,
            Empty(c.NameEn),
            Empty(c.AttendeeName),
            Empty(c.AttendeeTitle),
            c.CheckedInAt?.ToDateTimeOffset())),
    ];

    public static string? Empty(string value) => value.Length == 0 ? null : value;
}
