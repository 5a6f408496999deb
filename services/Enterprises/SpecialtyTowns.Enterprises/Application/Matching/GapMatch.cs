using SpecialtyTowns.Enterprises.Domain.Matching;

namespace SpecialtyTowns.Enterprises.Application.Matching;

/// <summary>A gap an enterprise could fill, with its town's name as Enterprises knows it.</summary>
public sealed record GapMatch(GapNeed Gap, string TownName, double Score, IReadOnlyList<MatchReason> Reasons);
