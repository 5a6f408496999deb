namespace SpecialtyTowns.Gateway.Api.ExpoStandby;

/// <summary>
/// An offer of a place freed by a no-show; times in UTC, shown in <c>timeZone</c>. <c>reason</c> is
/// accepted-request, pending-request or two-sided-match; <c>matchScore</c> (0-100) and the match reasons
/// are Leads' two-sided match of the candidate and the partner, when Leads scored them.
/// </summary>
public sealed record StandbyOfferResponse(
    string Id,
    string EventId,
    string MeetingId,
    string PartnerId,
    string PartnerName,
    string OfferedToId,
    string OfferedToName,
    string SlotId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TableId,
    string TableLabel,
    string HallName,
    int Rank,
    string? Reason,
    string Status,
    DateTimeOffset OfferedAt,
    DateTimeOffset ExpiresAt,
    string? NewMeetingId,
    string TimeZone,
    double? MatchScore,
    string? MatchReason,
    string? MatchReasonEn);
