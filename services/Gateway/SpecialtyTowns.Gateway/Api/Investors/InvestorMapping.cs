using System.Globalization;
using SpecialtyTowns.Gateway.Api.Projects;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Api.Investors;

/// <summary>JSON ↔ the Investors proto: yuan at the edge, fen inside; no rule (the service validates).</summary>
public static class InvestorMapping
{
    public static OrganisationProfile ToProfile(InvestorProfileBody body, RequestProblems problems)
    {
        var profile = new OrganisationProfile
        {
            Name = body.Name ?? string.Empty,
            NameEn = body.NameEn ?? string.Empty,
            Type = body.Type ?? string.Empty,
            UnifiedSocialCreditCode = body.UnifiedSocialCreditCode ?? string.Empty,
            HeadquartersProvince = body.HeadquartersProvince ?? string.Empty,
            HeadquartersCity = body.HeadquartersCity ?? string.Empty,
            HeadquartersCountry = body.HeadquartersCountry ?? string.Empty,
            TicketMinFen = ToFen(body.TicketMinYuan, "ticketMinYuan", problems),
            TicketMaxFen = ToFen(body.TicketMaxYuan, "ticketMaxYuan", problems),
            LandNeededSquareMetres = body.LandNeededSquareMetres?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Description = body.Description ?? string.Empty,
            DescriptionEn = body.DescriptionEn ?? string.Empty,
            ConsentToContact = body.ConsentToContact ?? false,
            ContactName = body.ContactName ?? string.Empty,
            ContactPhone = body.ContactPhone ?? string.Empty,
            ContactEmail = body.ContactEmail ?? string.Empty,
        };
        profile.IndustriesSought.AddRange(body.IndustriesSought ?? []);
        profile.ChainPositionsSought.AddRange(body.ChainPositionsSought ?? []);
        profile.CooperationModes.AddRange(body.CooperationModes ?? []);
        profile.PreferredRegions.AddRange(body.PreferredRegions ?? []);
        profile.Languages.AddRange(body.Languages ?? []);
        profile.Keywords.AddRange(body.Keywords ?? []);
        return profile;
    }

    public static InvestorOrganisationResponse ToResponse(InvestorOrganisation organisation)
    {
        var p = organisation.Profile ?? new OrganisationProfile();
        return new InvestorOrganisationResponse(
            organisation.Id,
            p.Name,
            NullIfEmpty(p.NameEn),
            p.Type,
            NullIfEmpty(p.UnifiedSocialCreditCode),
            NullIfEmpty(p.HeadquartersProvince),
            NullIfEmpty(p.HeadquartersCity),
            NullIfEmpty(p.HeadquartersCountry),
            p.IndustriesSought.ToList(),
            p.ChainPositionsSought.ToList(),
            p.TicketMinFen == 0 ? null : ProjectMapping.ToYuan(p.TicketMinFen),
            p.TicketMaxFen == 0 ? null : ProjectMapping.ToYuan(p.TicketMaxFen),
            p.CooperationModes.ToList(),
            p.PreferredRegions.ToList(),
            decimal.TryParse(p.LandNeededSquareMetres, NumberStyles.Number, CultureInfo.InvariantCulture, out var land) ? land : null,
            p.Languages.ToList(),
            p.Keywords.ToList(),
            NullIfEmpty(p.Description),
            NullIfEmpty(p.DescriptionEn),
            p.ConsentToContact,
            NullIfEmpty(p.ContactName),
            NullIfEmpty(p.ContactPhone),
            NullIfEmpty(p.ContactEmail),
            organisation.ContactsHidden,
            organisation.Claimed,
            organisation.Completeness,
            organisation.Missing.Select(m => new CompletenessItemDto(FieldNames.ToJson("profile." + m.Field), m.Points)).ToList(),
            organisation.Version,
            organisation.UpdatedAt?.ToDateTimeOffset() ?? default);
    }

    // Absent is 0 fen (no bound); an amount the gateway cannot map goes out as -1 fen, which the service refuses too.
    private static long ToFen(decimal? yuan, string field, RequestProblems problems)
    {
        var fen = (yuan ?? 0m) * 100m;
        if (fen != decimal.Truncate(fen))
        {
            problems.Add(field, "has more than 2 decimal places (1 fen is the smallest unit)");
            return ProjectMapping.Refused;
        }

        if (fen is < 0 or > long.MaxValue)
        {
            problems.Add(field, "must not be negative");
            return ProjectMapping.Refused;
        }

        return (long)fen;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
