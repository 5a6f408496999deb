using SpecialtyTowns.Expo.Domain.Standby;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>An offer of a freed place with the names, times and table it is about, and the two-sided match it was made on.</summary>
public sealed record StandbyOfferView(
    Guid Id,
    Guid EventId,
    Guid MeetingId,
    Guid PartnerId,
    string PartnerName,
    Guid OfferedToId,
    string OfferedToName,
    Guid SlotId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    Guid TableId,
    string TableLabel,
    string HallName,
    int Rank,
    string? Reason,
    string Status,
    DateTimeOffset OfferedAt,
    DateTimeOffset ExpiresAt,
    Guid? NewMeetingId,
    string TimeZone,
    StandbyCandidateMatch? Match = null);
