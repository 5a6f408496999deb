using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>One item of a town's list: the engine's scored pair, the organisation's public card, and whether the town side saved it.</summary>
public sealed record RecommendedOrganisation(MatchResult Match, OrganisationCard Organisation, bool Saved);
