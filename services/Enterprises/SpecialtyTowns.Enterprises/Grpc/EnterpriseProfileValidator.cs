using System.Globalization;
using SpecialtyTowns.ServiceDefaults.Validation;
using V1Profile = SpecialtyTowns.Enterprises.V1.EnterpriseProfile;

namespace SpecialtyTowns.Enterprises.Grpc;

/// <summary>The shape of a profile message (lengths, counts, numbers); the domain checks what the values mean.</summary>
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
            .Required($"{field}.name", profile.Name, 200)
            .Optional($"{field}.name_en", profile.NameEn, 200)
            .Optional($"{field}.unified_social_credit_code", profile.UnifiedSocialCreditCode, 18)
            .Items($"{field}.products", profile.Products, 50, 200)
            .Must(profile.Capacities.All(c => decimal.TryParse(c.Amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && a >= 0), $"{field}.capacities", "amounts must be non-negative decimals")
            .Must(profile.CncRatePercent.Length == 0 || decimal.TryParse(profile.CncRatePercent, NumberStyles.Number, CultureInfo.InvariantCulture, out _), $"{field}.cnc_rate_percent", "must be a decimal");
    }
}
