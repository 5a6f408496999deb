namespace SpecialtyTowns.Enterprises.Application.Gaps;

public sealed record ChainGapPage(IReadOnlyList<ChainGapView> Gaps, int Total);
