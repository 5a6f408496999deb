namespace SpecialtyTowns.Leads.Domain.Matching;

/// <summary>
/// One scored pair of an investor organisation and an offer. InvestorScore and TownScore are the
/// one-way scores (0-1); Score is their combination (0-1, the harmonic mean unless configured
/// otherwise), so a pair both sides like ranks above one only one side likes. Reasons hold the top
/// reasons of each side, most contributing first.
/// </summary>
public sealed record MatchResult(
    Guid OrganisationId,
    OfferKind Kind,
    Guid OfferId,
    double Score,
    double InvestorScore,
    double TownScore,
    IReadOnlyList<MatchReason> Reasons);
