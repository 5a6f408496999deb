namespace SpecialtyTowns.Gateway.Api.ExpoCheckIn;

/// <summary>The caller's badge: the signed token (what the QR code holds, or typed at the desk) and the QR code as SVG.</summary>
public sealed record BadgeResponse(
    string EventId,
    string EventName,
    string ParticipantId,
    string? AttendeeId,
    string Kind,
    string Name,
    string? NameEn,
    string? AttendeeName,
    string KeyId,
    string Token,
    string QrSvg);
