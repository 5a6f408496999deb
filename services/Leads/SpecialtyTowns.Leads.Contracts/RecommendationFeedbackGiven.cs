using MassTransit;

namespace SpecialtyTowns.Leads.Contracts;

/// <summary>
/// One side gave feedback on a recommended pair (organisation, offer): Action not-interested, save,
/// unsave, clear, express-interest (LeadId: the lead it created or found) or request-meeting
/// (ExpoEventId). OfferKind is project, gap or town; ImpressionId the list it came from, if named.
/// </summary>
[MessageUrn("specialtytowns:leads:recommendation-feedback-given:v1")]
[EntityName("specialtytowns.leads.recommendation-feedback-given.v1")]
public sealed record RecommendationFeedbackGiven(
    Guid FeedbackId,
    string Side,
    string Action,
    Guid OrganisationId,
    string OfferKind,
    Guid OfferId,
    Guid TownId,
    Guid? ImpressionId,
    Guid? LeadId,
    Guid? ExpoEventId,
    string Actor,
    DateTimeOffset At);
