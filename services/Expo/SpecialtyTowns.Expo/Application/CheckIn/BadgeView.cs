namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>A participant's (or attendee's) badge: who it names, the signed token and the token as a QR code (SVG).</summary>
public sealed record BadgeView(
    Guid EventId,
    string EventName,
    Guid ParticipantId,
    Guid? AttendeeId,
    string Kind,
    string Name,
    string? NameEn,
    string? AttendeeName,
    string KeyId,
    string Token,
    string QrSvg);
