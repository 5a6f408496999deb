using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application.Funnel;

/// <summary>One exported lead with the names a spreadsheet needs, and whether the caller may see its working fields.</summary>
public sealed record ExportedLead(Lead Lead, string OrganisationName, string TownName, bool Works);
