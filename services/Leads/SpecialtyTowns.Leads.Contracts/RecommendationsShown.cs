using MassTransit;

namespace SpecialtyTowns.Leads.Contracts;

/// <summary>
/// A list of recommendations was shown (an impression), for learning the weights: Side "investor"
/// (OrganisationId's list of List "projects", "towns" or "gaps") or "town" (List "investors" for the
/// project, gap or town ContextId, seen by TownId's or EnterpriseId's account).
/// </summary>
[MessageUrn("specialtytowns:leads:recommendations-shown:v1")]
[EntityName("specialtytowns.leads.recommendations-shown.v1")]
public sealed record RecommendationsShown(
    Guid ImpressionId,
    string Side,
    string List,
    Guid? OrganisationId,
    Guid? TownId,
    Guid? EnterpriseId,
    Guid? ContextId,
    IReadOnlyList<ShownRecommendation> Items,
    DateTimeOffset At);
