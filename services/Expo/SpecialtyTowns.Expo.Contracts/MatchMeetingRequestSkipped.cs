using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>
/// A meeting asked for from a recommendation (Leads' MatchMeetingRequested, by its FeedbackId) did
/// not become a request, and why: "event-not-found", "sender-not-registered", "sender-not-approved",
/// "recipient-not-registered", "recipient-not-approved", "kind-not-allowed", "request-already-open".
/// </summary>
[MessageUrn("specialtytowns:expo:match-meeting-request-skipped:v1")]
[EntityName("specialtytowns.expo.match-meeting-request-skipped.v1")]
public sealed record MatchMeetingRequestSkipped(Guid FeedbackId, Guid EventId, string Side, string Reason, DateTimeOffset At);
