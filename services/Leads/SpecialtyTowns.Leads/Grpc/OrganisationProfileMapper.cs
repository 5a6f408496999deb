using System.Globalization;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.ServiceDefaults.Validation;
using V1Profile = SpecialtyTowns.Leads.V1.OrganisationProfile;

namespace SpecialtyTowns.Leads.Grpc;

/// <summary>
/// Reads a profile message: its shape (lengths, counts, the type, the land as a decimal, contact
/// formats) and then, on the domain profile, what the values mean (<see cref="OrganisationProfileRules"/>),
/// so a client learns every problem at once. Empty strings and zero amounts are absent values.
/// </summary>
public static class OrganisationProfileMapper
{
    private const string Field = "profile";

    public static OrganisationProfile Read(V1Profile? message)
    {
        var validator = new RequestValidator();
        if (message is null)
        {
            validator.Must(false, Field, "is required").ThrowIfInvalid();
        }

        var p = message!;
        var typeKnown = InvestorKeys.TryParseType(p.Type.Length == 0 ? "company" : p.Type, out var type);
        var landRead = TryReadLand(p.LandNeededSquareMetres, out var land);
        validator
            .Required($"{Field}.name", p.Name, InvestorLimits.Name)
            .Optional($"{Field}.name_en", p.NameEn, InvestorLimits.Name)
            .Must(typeKnown, $"{Field}.type", $"must be one of {string.Join(", ", InvestorKeys.Types)}")
            .Optional($"{Field}.unified_social_credit_code", p.UnifiedSocialCreditCode, 40)
            .Optional($"{Field}.headquarters_province", p.HeadquartersProvince, InvestorLimits.Province)
            .Optional($"{Field}.headquarters_city", p.HeadquartersCity, InvestorLimits.City)
            .Optional($"{Field}.headquarters_country", p.HeadquartersCountry, 2)
            .Items($"{Field}.industries_sought", p.IndustriesSought, InvestorLimits.Industries, 5)
            .Items($"{Field}.chain_positions_sought", p.ChainPositionsSought, InvestorKeys.ChainPositions.Count, 20)
            .Items($"{Field}.cooperation_modes", p.CooperationModes, InvestorKeys.CooperationModes.Count, 40)
            .Items($"{Field}.preferred_regions", p.PreferredRegions, InvestorLimits.Regions, InvestorLimits.Region)
            .Must(landRead, $"{Field}.land_needed_square_metres", "must be a decimal number of square metres (e.g. 20000 or 1500.5)")
            .Items($"{Field}.languages", p.Languages, InvestorLimits.Languages, InvestorLimits.Language)
            .Items($"{Field}.keywords", p.Keywords, InvestorLimits.Keywords, InvestorLimits.Keyword)
            .Optional($"{Field}.description", p.Description, InvestorLimits.Description)
            .Optional($"{Field}.description_en", p.DescriptionEn, InvestorLimits.Description)
            .Optional($"{Field}.contact_name", p.ContactName, InvestorLimits.ContactName)
            .Optional($"{Field}.contact_phone", p.ContactPhone, InvestorLimits.ContactPhone)
            .Phone($"{Field}.contact_phone", p.ContactPhone)
            .Optional($"{Field}.contact_email", p.ContactEmail, InvestorLimits.ContactEmail)
            .Email($"{Field}.contact_email", p.ContactEmail)
            .ThrowIfInvalid();

        var profile = ToDomain(p, type, land);
        foreach (var (field, problem) in OrganisationProfileRules.ProblemsOf(profile))
        {
            validator.Must(false, field, problem);
        }

        validator.ThrowIfInvalid();
        return profile;
    }

    public static V1Profile ToMessage(OrganisationProfile p, bool contactsHidden)
    {
        var message = new V1Profile
        {
            Name = p.Name,
            NameEn = p.NameEn ?? string.Empty,
            Type = InvestorKeys.Of(p.Type),
            UnifiedSocialCreditCode = p.UnifiedSocialCreditCode ?? string.Empty,
            HeadquartersProvince = p.HeadquartersProvince ?? string.Empty,
            HeadquartersCity = p.HeadquartersCity ?? string.Empty,
            HeadquartersCountry = p.HeadquartersCountry ?? string.Empty,
            TicketMinFen = p.TicketMinFen ?? 0,
            TicketMaxFen = p.TicketMaxFen ?? 0,
            LandNeededSquareMetres = p.LandNeededSquareMetres?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Description = p.Description ?? string.Empty,
            DescriptionEn = p.DescriptionEn ?? string.Empty,
            ConsentToContact = p.ConsentToContact,
            ContactName = contactsHidden ? string.Empty : p.ContactName ?? string.Empty,
            ContactPhone = contactsHidden ? string.Empty : p.ContactPhone ?? string.Empty,
            ContactEmail = contactsHidden ? string.Empty : p.ContactEmail ?? string.Empty,
        };
        message.IndustriesSought.AddRange(p.IndustriesSought);
        message.ChainPositionsSought.AddRange(p.ChainPositionsSought);
        message.CooperationModes.AddRange(p.CooperationModes);
        message.PreferredRegions.AddRange(p.PreferredRegions);
        message.Languages.AddRange(p.Languages);
        message.Keywords.AddRange(p.Keywords);
        return message;
    }

    private static OrganisationProfile ToDomain(V1Profile p, OrganisationType type, decimal? land) => new()
    {
        Name = p.Name.Trim(),
        NameEn = Blank(p.NameEn),
        Type = type,
        UnifiedSocialCreditCode = Blank(p.UnifiedSocialCreditCode),
        HeadquartersProvince = Blank(p.HeadquartersProvince),
        HeadquartersCity = Blank(p.HeadquartersCity),
        HeadquartersCountry = Blank(p.HeadquartersCountry),
        IndustriesSought = [.. p.IndustriesSought],
        ChainPositionsSought = [.. p.ChainPositionsSought],
        TicketMinFen = p.TicketMinFen == 0 ? null : p.TicketMinFen,
        TicketMaxFen = p.TicketMaxFen == 0 ? null : p.TicketMaxFen,
        CooperationModes = [.. p.CooperationModes],
        PreferredRegions = [.. p.PreferredRegions.Select(r => r.Trim())],
        LandNeededSquareMetres = land,
        Languages = [.. p.Languages],
        Keywords = [.. p.Keywords.Select(k => k.Trim())],
        Description = Blank(p.Description),
        DescriptionEn = Blank(p.DescriptionEn),
        ConsentToContact = p.ConsentToContact,
        ContactName = Blank(p.ContactName),
        ContactPhone = Blank(p.ContactPhone),
        ContactEmail = Blank(p.ContactEmail),
    };

    private static bool TryReadLand(string text, out decimal? land)
    {
        land = null;
        if (text.Length == 0)
        {
            return true;
        }

        var read = decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value);
        land = read ? value : null;
        return read;
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
