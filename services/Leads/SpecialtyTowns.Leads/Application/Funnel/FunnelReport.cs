namespace SpecialtyTowns.Leads.Application.Funnel;

public sealed record FunnelReport(
    FunnelScope Scope,
    string ScopeName,
    int Year,
    IReadOnlyList<StageReport> Stages,
    long LostCount,
    long WeightedPipelineFen,
    DealCounts Deals,
    long TargetFen,
    IReadOnlyDictionary<string, long> LostByReason)
{
    public double TargetRatio => Domain.Funnel.FunnelMath.Ratio(Deals.SignedAmountFen, TargetFen);

    /// <summary>开工率: the year's standing deals whose construction started, over the year's standing deals.</summary>
    public double ConstructionStartRate => Domain.Funnel.FunnelMath.Ratio(Deals.ConstructionStarted, Deals.Signed);

    /// <summary>资金到位率: funds arrived over the signed amount, for the year's standing deals.</summary>
    public double FundsArrivalRate => Domain.Funnel.FunnelMath.Ratio(Deals.FundsArrivedFen, Deals.SignedAmountFen);
}
