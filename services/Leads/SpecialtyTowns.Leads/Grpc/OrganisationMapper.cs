using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Leads.Application.Investors;
using SpecialtyTowns.Leads.Domain.Investors;

namespace SpecialtyTowns.Leads.Grpc;

public static class OrganisationMapper
{
    public static V1.InvestorOrganisation ToMessage(OrganisationView view)
    {
        var organisation = view.Organisation;
        var message = new V1.InvestorOrganisation
        {
            Id = organisation.Id.ToString(),
            Profile = OrganisationProfileMapper.ToMessage(organisation.Profile, view.ContactsHidden),
            Claimed = organisation.Claimed,
            Completeness = ProfileCompleteness.Of(organisation.Profile),
            ContactsHidden = view.ContactsHidden,
            Version = organisation.Version,
            UpdatedAt = Timestamp.FromDateTimeOffset(organisation.UpdatedAt),
        };
        if (view.ShowsMissing)
        {
            message.Missing.AddRange(ProfileCompleteness.Missing(organisation.Profile).Select(m => new V1.CompletenessItem { Field = m.Field, Points = m.Points }));
        }

        return message;
    }
}
