using SpecialtyTowns.Gateway.Errors;

namespace SpecialtyTowns.Gateway.Web.Enterprises;

/// <summary>
/// The Enterprises service names a profile's fields under <c>profile.</c> (and a chain node's under
/// <c>content.</c>); the forms, like the REST API's JSON, name them flat (<c>unifiedSocialCreditCode</c>,
/// <c>capacities[0].amount</c>).
/// </summary>
public static class EnterpriseFieldNames
{
    private static readonly string[] ProfileFields =
    [
        "name", "nameEn", "unifiedSocialCreditCode", "industryCode", "products", "certifications", "capacities", "equipment",
        "cncRatePercent", "revenueBand", "employeeBand", "leading", "exportMarkets", "foundedYear", "description", "descriptionEn",
        "contacts", "source",
    ];

    public static readonly RestFieldNames Profile = new(ProfileFields.ToDictionary(f => "profile." + f, f => f, StringComparer.Ordinal));
}
