using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Expo.Application.CheckIn;
using SpecialtyTowns.Expo.V1;
using CheckInCandidate = SpecialtyTowns.Expo.V1.CheckInCandidate;

namespace SpecialtyTowns.Expo.Grpc.CheckIn;

/// <summary>Check-in views to their proto messages.</summary>
public static class CheckInMapper
{
    public static CheckInResult ToMessage(CheckInView view) => new()
    {
        Id = view.Id.ToString(),
        EventId = view.EventId.ToString(),
        ParticipantId = view.ParticipantId.ToString(),
        AttendeeId = view.AttendeeId?.ToString() ?? string.Empty,
        ParticipantName = view.ParticipantName,
        ParticipantNameEn = view.ParticipantNameEn ?? string.Empty,
        AttendeeName = view.AttendeeName ?? string.Empty,
        Kind = view.Kind,
        Method = view.Method,
        CheckedInBy = view.CheckedInBy,
        CheckedInAt = Timestamp.FromDateTimeOffset(view.CheckedInAt),
        Created = view.Created,
    };

    public static CheckInList ToMessage(CheckInListView list) => new()
    {
        CheckIns = { list.CheckIns.Select(ToMessage) },
        Total = list.Total,
        ApprovedParticipants = list.ApprovedParticipants,
    };

    public static CheckInCandidates ToMessage(IEnumerable<Application.CheckIn.CheckInCandidate> candidates) => new()
    {
        Candidates =
        {
            candidates.Select(c => new CheckInCandidate
            {
                ParticipantId = c.ParticipantId.ToString(),
                AttendeeId = c.AttendeeId?.ToString() ?? string.Empty,
                Kind = c.Kind,
                Name = c.Name,
                NameEn = c.NameEn ?? string.Empty,
                AttendeeName = c.AttendeeName ?? string.Empty,
                AttendeeTitle = c.AttendeeTitle ?? string.Empty,
                CheckedIn = c.CheckedInAt is not null,
                CheckedInAt = c.CheckedInAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
            }),
        },
    };

    public static Badge ToMessage(BadgeView badge) => new()
    {
        EventId = badge.EventId.ToString(),
        EventName = badge.EventName,
        ParticipantId = badge.ParticipantId.ToString(),
        AttendeeId = badge.AttendeeId?.ToString() ?? string.Empty,
        Kind = badge.Kind,
        Name = badge.Name,
        NameEn = badge.NameEn ?? string.Empty,
        AttendeeName = badge.AttendeeName ?? string.Empty,
        KeyId = badge.KeyId,
        Token = badge.Token,
        QrSvg = badge.QrSvg,
    };

    public static BadgePublicKey ToMessage(BadgePublicKeyView key) => new()
    {
        EventId = key.EventId.ToString(),
        KeyId = key.KeyId,
        PublicKey = key.PublicKey,
        Algorithm = key.Algorithm,
    };

    public static MeetingCheckInResult ToMessage(MeetingCheckInView view) => new()
    {
        MeetingId = view.MeetingId.ToString(),
        EventId = view.EventId.ToString(),
        ParticipantId = view.ParticipantId.ToString(),
        CheckedInBy = view.CheckedInBy,
        CheckedInAt = Timestamp.FromDateTimeOffset(view.CheckedInAt),
        Created = view.Created,
        NoShow = view.NoShow ?? string.Empty,
    };
}
