namespace SpecialtyTowns.Leads.ServiceTests.Funnel;

public sealed record GeneratedDeal(Guid Id, long AmountFen, DateOnly SignedOn, DateOnly PlannedStartOn, DateOnly? ConstructionStartedOn, long FundsArrivedFen, bool Terminated);
