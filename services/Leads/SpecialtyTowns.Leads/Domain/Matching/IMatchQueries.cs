namespace SpecialtyTowns.Leads.Domain.Matching;

/// <summary>
/// Ranked matches from the current in-memory index. Hard exclusions the index knows (closed,
/// withdrawn or filled offers, removed nodes, organisations without consent to be contacted) are
/// applied here; the caller passes what only the database knows (not interested on either side,
/// declined leads, open leads) as <paramref name="excluded"/>, and the ranking fills the list past them.
/// </summary>
public interface IMatchQueries
{
    /// <summary>The organisation's best offers of a kind; empty when the index does not know the organisation.</summary>
    IReadOnlyList<MatchResult> ForInvestor(Guid organisationId, OfferKind kind, int limit, Func<Guid, bool> excluded);

    /// <summary>The best organisations for an offer; empty when the index does not know the offer.</summary>
    IReadOnlyList<MatchResult> ForOffer(OfferKind kind, Guid offerId, int limit, Func<Guid, bool> excluded);

    /// <summary>One pair scored with its reasons (for an open lead shown beside a list), or null when either is unknown or excluded.</summary>
    MatchResult? Score(Guid organisationId, OfferKind kind, Guid offerId);
}
