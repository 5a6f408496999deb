using SpecialtyTowns.Enterprises.Domain.Matching;

namespace SpecialtyTowns.Enterprises.Application.Matching;

/// <summary>An enterprise that could fill a gap, with its town's name as Enterprises knows it.</summary>
public sealed record GapFiller(EnterpriseOffer Enterprise, string TownName, double Score, IReadOnlyList<MatchReason> Reasons);
