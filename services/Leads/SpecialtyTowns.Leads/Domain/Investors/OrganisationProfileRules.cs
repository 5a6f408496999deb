using System.Text.RegularExpressions;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.SharedKernel.Identifiers;
using SpecialtyTowns.SharedKernel.Industries;

namespace SpecialtyTowns.Leads.Domain.Investors;

/// <summary>
/// What the values of an organisation's profile must mean, whoever sends it: a valid credit code
/// (GB 32100), industries of the shared taxonomy, known chain positions and cooperation modes, a
/// ticket range of non-negative fen with min ≤ max, BCP 47 languages, and contact details only with
/// consent to be contacted (personal information is kept only when the person agreed to be reached).
/// Each problem names the request field (<c>profile.…</c>).
/// </summary>
public static partial class OrganisationProfileRules
{
    private const string Field = "profile";

    public static IEnumerable<(string Field, string Problem)> ProblemsOf(OrganisationProfile profile)
    {
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            yield return ($"{Field}.name", "is required");
        }

        if (profile.UnifiedSocialCreditCode is { } code && !UnifiedSocialCreditCode.TryParse(code, out _, out var problem))
        {
            yield return ($"{Field}.unified_social_credit_code", problem);
        }

        if (profile.HeadquartersCountry is { } country && !CountryCode().IsMatch(country))
        {
            yield return ($"{Field}.headquarters_country", "must be an ISO 3166-1 alpha-2 code such as CN or DE");
        }
        else if ((profile.HeadquartersProvince ?? profile.HeadquartersCity) is not null && profile.HeadquartersCountry is not (null or "CN"))
        {
            yield return ($"{Field}.headquarters_country", "must be CN (or empty) when a province or city is given");
        }

        foreach (var listProblem in ListProblems(profile))
        {
            yield return listProblem;
        }

        if (profile.TicketMinFen < 0)
        {
            yield return ($"{Field}.ticket_min_fen", "must not be negative");
        }

        if (profile.TicketMaxFen < 0 || profile.TicketMaxFen > InvestorLimits.MaxTicketFen)
        {
            yield return ($"{Field}.ticket_max_fen", "must be from 0 to 1 trillion yuan (in fen)");
        }
        else if (profile.TicketMinFen > profile.TicketMaxFen)
        {
            yield return ($"{Field}.ticket_max_fen", "must not be below ticket_min_fen");
        }

        if (profile.LandNeededSquareMetres is < 0 or > InvestorLimits.MaxLandSquareMetres)
        {
            yield return ($"{Field}.land_needed_square_metres", "must be a number of square metres from 0 to 999999999999.99");
        }

        if ((profile.ContactName ?? profile.ContactPhone ?? profile.ContactEmail) is not null && !profile.ConsentToContact)
        {
            yield return ($"{Field}.consent_to_contact", "must be given to store contact details (personal information is kept only with consent)");
        }
    }

    /// <returns>The profile in its normal form: credit code upper-cased, lists without repeats, CN for a Chinese headquarters.</returns>
    /// <exception cref="InvalidValueException">A value breaks a rule.</exception>
    public static OrganisationProfile Check(OrganisationProfile profile)
    {
        var (field, problem) = ProblemsOf(profile).FirstOrDefault();
        if (field is not null)
        {
            throw new InvalidValueException(field, problem);
        }

        UnifiedSocialCreditCode.TryParse(profile.UnifiedSocialCreditCode, out var code, out _);
        return profile with
        {
            Name = profile.Name.Trim(),
            UnifiedSocialCreditCode = code?.Value,
            HeadquartersCountry = profile.HeadquartersCountry ?? (profile.HeadquartersProvince is null ? null : "CN"),
            IndustriesSought = profile.IndustriesSought.Distinct().ToList(),
            ChainPositionsSought = InvestorKeys.ChainPositions.Where(profile.ChainPositionsSought.Contains).ToList(),
            CooperationModes = profile.CooperationModes.Distinct().ToList(),
            PreferredRegions = profile.PreferredRegions.Distinct().ToList(),
            Languages = profile.Languages.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Keywords = profile.Keywords.Distinct().ToList(),
        };
    }

    private static IEnumerable<(string Field, string Problem)> ListProblems(OrganisationProfile profile)
    {
        if (profile.IndustriesSought.FirstOrDefault(i => !IndustryTaxonomy.IsKnown(i)) is { } industry)
        {
            yield return ($"{Field}.industries_sought", $"'{industry}' is not an industry of the taxonomy (a GB/T 4754 section or listed division, e.g. C33)");
        }

        if (profile.ChainPositionsSought.FirstOrDefault(p => !InvestorKeys.ChainPositions.Contains(p)) is { } position)
        {
            yield return ($"{Field}.chain_positions_sought", $"'{position}' is not one of {string.Join(", ", InvestorKeys.ChainPositions)}");
        }

        if (profile.CooperationModes.FirstOrDefault(m => !InvestorKeys.CooperationModes.Contains(m)) is { } mode)
        {
            yield return ($"{Field}.cooperation_modes", $"'{mode}' is not one of {string.Join(", ", InvestorKeys.CooperationModes)}");
        }

        if (profile.Languages.FirstOrDefault(l => !LanguageTag().IsMatch(l)) is { } language)
        {
            yield return ($"{Field}.languages", $"'{language}' is not a BCP 47 language tag (e.g. zh, en, zh-Hant, de-CH)");
        }
    }

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();

    // Language, optional script, optional region, then variants (RFC 5646 §2.1, without extensions).
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
