namespace SpecialtyTowns.Enterprises.Domain.Gaps;

/// <summary>The town a gap belongs to and, for an enterprise's own gap, the enterprise.</summary>
public sealed record GapPoster(Guid TownId, Guid? EnterpriseId);
