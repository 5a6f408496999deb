using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>One item of an investor's list: the engine's scored pair, the offer's card, and whether the organisation saved it.</summary>
public sealed record RecommendedOffer(MatchResult Match, OfferCard Offer, bool Saved);
