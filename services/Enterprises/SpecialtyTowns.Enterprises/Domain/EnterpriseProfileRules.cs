using SpecialtyTowns.SharedKernel.Identifiers;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.SharedKernel.Industries;

namespace SpecialtyTowns.Enterprises.Domain;

/// <summary>
/// What the values of a profile must mean, whoever sends it (a page, the API, the seed): a valid
/// credit code, a known industry and bands, a plausible founding year, rates and capacities in range.
/// Each refusal names the request field (<c>profile.…</c>) that carried the value.
/// </summary>
public static class EnterpriseProfileRules
{
    private const string Field = "profile";

    /// <returns>The profile with its credit code in the normal form (upper case).</returns>
    /// <exception cref="InvalidValueException">A value breaks a rule.</exception>
    public static EnterpriseProfile Check(EnterpriseProfile profile, DateTimeOffset now)
    {
        Require(!string.IsNullOrWhiteSpace(profile.Name), "name", "is required");
        string? code = null;
        if (!string.IsNullOrWhiteSpace(profile.UnifiedSocialCreditCode))
        {
            Require(UnifiedSocialCreditCode.TryParse(profile.UnifiedSocialCreditCode, out var parsed, out var problem), "unified_social_credit_code", problem ?? string.Empty);
            code = parsed!.Value;
        }

        Require(profile.IndustryCode is null || IndustryTaxonomy.IsKnown(profile.IndustryCode), "industry_code", "is not an industry of the taxonomy (a GB/T 4754 section or listed division, e.g. C33)");
        Require(profile.RevenueBand is null || RevenueBands.IsKnown(profile.RevenueBand), "revenue_band", "must be one of " + string.Join(", ", RevenueBands.All));
        Require(profile.EmployeeBand is null || EmployeeBands.IsKnown(profile.EmployeeBand), "employee_band", "must be one of " + string.Join(", ", EmployeeBands.All));
        var thisYear = PlausibleDates.TodayInChina(now).Year;
        Require(profile.FoundedYear is null || (profile.FoundedYear >= EnterpriseLimits.EarliestFoundedYear && profile.FoundedYear <= thisYear), "founded_year", $"must be between {EnterpriseLimits.EarliestFoundedYear} and {thisYear}");
        Require(profile.CncRatePercent is null or (>= 0 and <= 100), "cnc_rate_percent", "must be a percentage from 0 to 100");
        for (var i = 0; i < profile.Capacities.Count; i++)
        {
            CheckCapacity(profile.Capacities[i], $"capacities[{i}]");
        }

        for (var i = 0; i < profile.Contacts.Count; i++)
        {
            Require(!string.IsNullOrWhiteSpace(profile.Contacts[i].Name), $"contacts[{i}].name", "is required");
        }

        return profile with { UnifiedSocialCreditCode = code };
    }

    private static void CheckCapacity(Capacity capacity, string field)
    {
        Require(!string.IsNullOrWhiteSpace(capacity.Product), $"{field}.product", "is required");
        Require(capacity.Amount >= 0, $"{field}.amount", "must not be negative");
        Require(capacity.Amount <= EnterpriseLimits.MaxCapacityAmount, $"{field}.amount", $"must be at most {EnterpriseLimits.MaxCapacityAmount}");
        Require(!string.IsNullOrWhiteSpace(capacity.Unit), $"{field}.unit", "is required (e.g. 件/年, 吨/年)");
    }

    private static void Require(bool condition, string field, string problem)
    {
        if (!condition)
        {
            throw new InvalidValueException($"{Field}.{field}", problem);
        }
    }
}
