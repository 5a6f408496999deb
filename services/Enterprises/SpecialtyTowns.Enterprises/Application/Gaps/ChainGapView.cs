using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.Domain.Gaps;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>A gap with the names a reader needs beside it (its town, its posting enterprise, its node).</summary>
public sealed record ChainGapView(ChainGap Gap, string? TownName, string? EnterpriseName, string? NodeName, ChainPosition? NodePosition);
