namespace SpecialtyTowns.Leads.Domain.Matching;

/// <summary>
/// The standing state of one side's feedback on a pair (organisation, offer): saved or not interested,
/// until cleared. The investor side marks an offer for its organisation; the town side marks an
/// organisation for one of its offers (a project, a gap, or the town as a whole). One row per
/// (side, organisation, offer kind, offer, mark): marking twice changes nothing.
/// </summary>
public sealed class MatchMark
{
    private MatchMark()
    {
    }

    public MatchSide Side { get; private set; }

    public Guid OrganisationId { get; private set; }

    public OfferKind OfferKind { get; private set; }

    public Guid OfferId { get; private set; }

    public MatchMarkKind Mark { get; private set; }

    /// <summary>The offer's town (the town side's owner, and what a town's lists filter on).</summary>
    public Guid TownId { get; private set; }

    /// <summary>Subject of the account that marked it.</summary>
    public string Actor { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public static MatchMark Put(MatchSide side, Guid organisationId, OfferKind offerKind, Guid offerId, MatchMarkKind mark, Guid townId, string actor, DateTimeOffset at) => new()
    {
        Side = side,
        OrganisationId = organisationId,
        OfferKind = offerKind,
        OfferId = offerId,
        Mark = mark,
        TownId = townId,
        Actor = actor,
        At = at,
    };
}
