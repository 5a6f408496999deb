namespace SpecialtyTowns.Gateway.Api.Funnel;

/// <summary>The funnel and figures of a town, a city or the province (docs/leads-funnel.md); money in yuan.</summary>
public sealed record FunnelResponse(
    string Scope,
    string ScopeName,
    int Year,
    IReadOnlyList<StageFiguresResponse> Stages,
    long LostCount,
    IReadOnlyDictionary<string, long> LostByReason,
    decimal WeightedPipelineYuan,
    long SignedCount,
    decimal SignedAmountYuan,
    decimal TargetYuan,
    double TargetRatio,
    double ConstructionStartRate,
    decimal FundsArrivedYuan,
    double FundsArrivalRate,
    long OverdueToStartCount);
