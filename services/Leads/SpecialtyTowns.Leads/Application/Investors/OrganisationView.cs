using SpecialtyTowns.Leads.Domain.Investors;

namespace SpecialtyTowns.Leads.Application.Investors;

/// <summary>An organisation as one caller may see it: contacts withheld unless allowed; what to add only for its own accounts and admins.</summary>
public sealed record OrganisationView(InvestorOrganisation Organisation, bool ContactsHidden, bool ShowsMissing);
