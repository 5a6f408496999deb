using MassTransit;

namespace SpecialtyTowns.Leads.Contracts;

/// <summary>
/// From a recommendation, one side asked for a meeting at an expo event: Side "investor" (the
/// organisation asks the offer's town) or "town" (the town asks the organisation). For the Expo
/// service to turn into a meeting request between the event's participants.
/// </summary>
[MessageUrn("specialtytowns:leads:match-meeting-requested:v1")]
[EntityName("specialtytowns.leads.match-meeting-requested.v1")]
public sealed record MatchMeetingRequested(
    Guid FeedbackId,
    Guid ExpoEventId,
    string Side,
    Guid OrganisationId,
    string OfferKind,
    Guid OfferId,
    Guid TownId,
    string? Message,
    string Actor,
    DateTimeOffset At);
