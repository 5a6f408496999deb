namespace SpecialtyTowns.Leads.Application.Deals;

public sealed record DealPage(IReadOnlyList<DealView> Deals, int Total, bool HasMore);
