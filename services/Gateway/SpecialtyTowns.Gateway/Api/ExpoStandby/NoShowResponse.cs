namespace SpecialtyTowns.Gateway.Api.ExpoStandby;

/// <summary>The meeting after the confirmed no-show, and the offer of its place (null when nobody fits).</summary>
public sealed record NoShowResponse(string MeetingId, string EventId, string Status, string ParticipantId, StandbyOfferResponse? Offer);
