using SpecialtyTowns.Leads.Domain.Investors;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>
/// What a town's list shows of an organisation: its public profile fields only, built field by field
/// so that contacts (personal information) and the credit code can never slip in.
/// </summary>
public sealed record OrganisationCard(
    Guid Id,
    string Name,
    string? NameEn,
    OrganisationType Type,
    IReadOnlyList<string> IndustriesSought,
    IReadOnlyList<string> ChainPositionsSought,
    long? TicketMinFen,
    long? TicketMaxFen,
    IReadOnlyList<string> PreferredRegions,
    IReadOnlyList<string> CooperationModes,
    IReadOnlyList<string> Languages,
    string? HeadquartersCity,
    string? HeadquartersCountry,
    int Completeness)
{
    public static OrganisationCard Of(InvestorOrganisation organisation)
    {
        var p = organisation.Profile;
        return new OrganisationCard(
            organisation.Id, p.Name, p.NameEn, p.Type, p.IndustriesSought, p.ChainPositionsSought, p.TicketMinFen, p.TicketMaxFen,
            p.PreferredRegions, p.CooperationModes, p.Languages, p.HeadquartersCity, p.HeadquartersCountry, ProfileCompleteness.Of(p));
    }
}
