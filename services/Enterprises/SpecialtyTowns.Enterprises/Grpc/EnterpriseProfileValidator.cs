using SpecialtyTowns.SharedKernel.Identifiers;
using System.Globalization;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.ServiceDefaults.Validation;
using V1Profile = SpecialtyTowns.Enterprises.V1.EnterpriseProfile;

namespace SpecialtyTowns.Enterprises.Grpc;

/// <summary>The shape of a profile message (lengths, counts, numbers, contact formats); <see cref="EnterpriseProfileRules"/> checks what the values mean.</summary>
public static class EnterpriseProfileValidator
{
    public static void Validate(RequestValidator validator, string field, V1Profile? profile)
    {
        if (profile is null)
        {
            validator.Must(false, field, "is required");
            return;
        }

        validator
            .Required($"{field}.name", profile.Name, EnterpriseLimits.Name)
            .Optional($"{field}.name_en", profile.NameEn, EnterpriseLimits.Name)
            .Optional($"{field}.unified_social_credit_code", profile.UnifiedSocialCreditCode, UnifiedSocialCreditCode.Length)
            .Optional($"{field}.industry_code", profile.IndustryCode, 5)
            .Items($"{field}.products", profile.Products, EnterpriseLimits.Products, EnterpriseLimits.Short)
            .Items($"{field}.certifications", profile.Certifications, EnterpriseLimits.Certifications, EnterpriseLimits.Short)
            .Items($"{field}.equipment", profile.Equipment, EnterpriseLimits.Equipment, EnterpriseLimits.Short)
            .Items($"{field}.export_markets", profile.ExportMarkets, EnterpriseLimits.ExportMarkets, EnterpriseLimits.Short)
            .Must(profile.CncRatePercent.Length == 0 || IsDecimal(profile.CncRatePercent), $"{field}.cnc_rate_percent", "must be a decimal (e.g. 80 or 80.5)")
            .Optional($"{field}.revenue_band", profile.RevenueBand, 20)
            .Optional($"{field}.employee_band", profile.EmployeeBand, 20)
            .Optional($"{field}.description", profile.Description, EnterpriseLimits.Description)
            .Optional($"{field}.description_en", profile.DescriptionEn, EnterpriseLimits.Description)
            .Optional($"{field}.source", profile.Source, EnterpriseLimits.Source)
            .Must(profile.Capacities.Count <= EnterpriseLimits.Capacities, $"{field}.capacities", $"has {profile.Capacities.Count} items; at most {EnterpriseLimits.Capacities} are allowed")
            .Must(profile.Contacts.Count <= EnterpriseLimits.Contacts, $"{field}.contacts", $"has {profile.Contacts.Count} items; at most {EnterpriseLimits.Contacts} are allowed");
        for (var i = 0; i < profile.Capacities.Count; i++)
        {
            var capacity = profile.Capacities[i];
            validator
                .Required($"{field}.capacities[{i}].product", capacity.Product, EnterpriseLimits.Short)
                .Must(IsDecimal(capacity.Amount), $"{field}.capacities[{i}].amount", "must be a decimal (e.g. 50000)")
                .Required($"{field}.capacities[{i}].unit", capacity.Unit, EnterpriseLimits.Unit);
        }

        for (var i = 0; i < profile.Contacts.Count; i++)
        {
            var contact = profile.Contacts[i];
            validator
                .Required($"{field}.contacts[{i}].name", contact.Name, EnterpriseLimits.Short)
                .Optional($"{field}.contacts[{i}].role", contact.Role, EnterpriseLimits.Short)
                .Phone($"{field}.contacts[{i}].phone", contact.Phone)
                .Email($"{field}.contacts[{i}].email", contact.Email);
        }
    }

    /// <summary>Whether the mapper can read the text as an amount (invariant culture, no exponent).</summary>
    public static bool IsDecimal(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
}
