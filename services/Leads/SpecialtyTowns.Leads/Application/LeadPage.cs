using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application;

public sealed record LeadPage(IReadOnlyList<Lead> Leads, int Total, bool HasMore);
