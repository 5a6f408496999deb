namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// The lists, computed on request from the index's current snapshot: every candidate scored, the
/// best <c>limit</c> kept (ties by id, so a list is stable), reasons built for those only. Offers
/// in the snapshot are open ones only; organisations without consent never enter an offer's list.
/// </summary>
public sealed class MatchEngine(MatchIndex index, MatchingOptions options) : IMatchQueries
{
    private readonly MatchScorer _scorer = new(options);

    public MatchScorer Scorer => _scorer;

    public IReadOnlyList<MatchResult> ForInvestor(Guid organisationId, OfferKind kind, int limit, Func<Guid, bool> excluded)
    {
        var snapshot = index.Current;
        if (!snapshot.OrganisationsById.TryGetValue(organisationId, out var organisation))
        {
            return [];
        }

        var top = new TopK<MatchOffer>(Limit(limit));
        Span<double> x = stackalloc double[FeatureIndex.Count];
        foreach (var offer in snapshot.OffersOf(kind))
        {
            MatchFeatureValues.Compute(organisation, offer, x);
            var (score, _, _) = _scorer.Score(x);
            if (score > 0 && top.Accepts(score, offer.Id) && !excluded(offer.Id))
            {
                top.Add(score, offer.Id, offer);
            }
        }

        return top.Ranked().Select(o => Result(snapshot, organisation, o)).ToList();
    }

    public IReadOnlyList<MatchResult> ForOffer(OfferKind kind, Guid offerId, int limit, Func<Guid, bool> excluded)
    {
        var snapshot = index.Current;
        if (!snapshot.OffersById.TryGetValue((kind, offerId), out var offer))
        {
            return [];
        }

        var top = new TopK<MatchOrganisation>(Limit(limit));
        Span<double> x = stackalloc double[FeatureIndex.Count];
        foreach (var organisation in snapshot.Organisations)
        {
            if (!organisation.Consent)
            {
                continue;
            }

            MatchFeatureValues.Compute(organisation, offer, x);
            var (score, _, _) = _scorer.Score(x);
            if (score > 0 && top.Accepts(score, organisation.Id) && !excluded(organisation.Id))
            {
                top.Add(score, organisation.Id, organisation);
            }
        }

        return top.Ranked().Select(o => Result(snapshot, o, offer)).ToList();
    }

    public MatchResult? Score(Guid organisationId, OfferKind kind, Guid offerId)
    {
        var snapshot = index.Current;
        return snapshot.OrganisationsById.TryGetValue(organisationId, out var organisation) && snapshot.OffersById.TryGetValue((kind, offerId), out var offer)
            ? Result(snapshot, organisation, offer)
            : null;
    }

    private int Limit(int limit) => Math.Clamp(limit <= 0 ? options.DefaultLimit : limit, 1, Math.Max(1, options.MaxLimit));

    private MatchResult Result(MatchSnapshot snapshot, MatchOrganisation organisation, MatchOffer offer)
    {
        Span<double> x = stackalloc double[FeatureIndex.Count];
        MatchFeatureValues.Compute(organisation, offer, x);
        var (score, investor, town) = _scorer.Score(x);
        var reasons = MatchReasons.Build(_scorer, snapshot, organisation, offer, x);
        return new MatchResult(organisation.Id, offer.Kind, offer.Id, score, investor, town, reasons);
    }
}
