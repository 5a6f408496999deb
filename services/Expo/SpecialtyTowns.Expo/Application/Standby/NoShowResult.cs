namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>The meeting after a confirmed no-show, and the offer of its place when a candidate was found.</summary>
public sealed record NoShowResult(Guid MeetingId, Guid EventId, string Status, Guid ParticipantId, StandbyOfferView? Offer);
