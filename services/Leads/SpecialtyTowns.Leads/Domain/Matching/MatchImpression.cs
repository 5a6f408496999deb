namespace SpecialtyTowns.Leads.Domain.Matching;

/// <summary>
/// A list as it was shown: who saw it (the organisation for the investor side, the town or enterprise
/// for the other), which list, and its items with ranks and scores as JSON (<c>[{"id","rank","score",
/// "investorScore","townScore"}]</c>). With the feedback it is what the weights will be learned from.
/// </summary>
public sealed class MatchImpression
{
    private MatchImpression()
    {
    }

    public Guid Id { get; private set; }

    public MatchSide Side { get; private set; }

    /// <summary>projects, gaps, towns or investors.</summary>
    public string List { get; private set; } = string.Empty;

    public Guid? OrganisationId { get; private set; }

    public Guid? TownId { get; private set; }

    public Guid? EnterpriseId { get; private set; }

    /// <summary>For an investors list: the project, gap or town it was for.</summary>
    public Guid? ContextId { get; private set; }

    public string Items { get; private set; } = "[]";

    public string Actor { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public static MatchImpression Shown(MatchSide side, string list, Guid? organisationId, Guid? townId, Guid? enterpriseId, Guid? contextId, string itemsJson, string actor, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        Side = side,
        List = list,
        OrganisationId = organisationId,
        TownId = townId,
        EnterpriseId = enterpriseId,
        ContextId = contextId,
        Items = itemsJson,
        Actor = actor,
        At = at,
    };
}
