using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>An offer as Leads' directory knows it: its town (the town side's owner) and, for a gap an enterprise posted, that enterprise.</summary>
public sealed record MatchOffer(OfferKind Kind, Guid Id, Guid TownId, Guid? EnterpriseId, string Title);
