namespace SpecialtyTowns.Gateway.Api.Funnel;

/// <summary>A town's yearly signed-investment target in yuan (at most 2 decimal places).</summary>
public sealed record TownTargetBody(decimal? SignedAmountYuan);
