using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A place freed by a no-show was offered to a checked-in, free participant until <c>ExpiresAt</c>.</summary>
[MessageUrn("specialtytowns:expo:standby-offered:v1")]
[EntityName("specialtytowns.expo.standby-offered.v1")]
public sealed record StandbyOffered(Guid OfferId, Guid EventId, Guid MeetingId, Guid PartnerId, Guid OfferedToId, Guid SlotId, Guid TableId, int Rank, DateTimeOffset ExpiresAt);
