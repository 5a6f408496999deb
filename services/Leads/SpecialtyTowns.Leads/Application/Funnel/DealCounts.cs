namespace SpecialtyTowns.Leads.Application.Funnel;

/// <summary>The year's standing deals of a scope, and its signed projects overdue to start (any year).</summary>
public sealed record DealCounts(long Signed, long SignedAmountFen, long ConstructionStarted, long FundsArrivedFen, long OverdueToStart);
