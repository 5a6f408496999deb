namespace SpecialtyTowns.Leads.Application;

public sealed record LeadPage(IReadOnlyList<LeadView> Leads, int Total, bool HasMore);
