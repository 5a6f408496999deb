using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>An offer of a freed place was closed: accepted, declined, expired or withdrawn.</summary>
[MessageUrn("specialtytowns:expo:standby-offer-answered:v1")]
[EntityName("specialtytowns.expo.standby-offer-answered.v1")]
public sealed record StandbyOfferAnswered(Guid OfferId, Guid EventId, Guid MeetingId, Guid OfferedToId, string Status, Guid? NewMeetingId, DateTimeOffset At);
