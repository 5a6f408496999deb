using SpecialtyTowns.Gateway.Errors;

namespace SpecialtyTowns.Gateway.Web.Investors;

/// <summary>The Investors service names a profile's fields under <c>profile.</c>; the form, like the REST API, names them flat.</summary>
public static class InvestorFieldNames
{
    private static readonly string[] ProfileFields =
    [
        "name", "nameEn", "type", "unifiedSocialCreditCode", "headquartersProvince", "headquartersCity", "headquartersCountry",
        "industriesSought", "chainPositionsSought", "cooperationModes", "preferredRegions", "landNeededSquareMetres", "languages",
        "keywords", "description", "descriptionEn", "consentToContact", "contactName", "contactPhone", "contactEmail",
    ];

    public static readonly RestFieldNames Profile = new(ProfileFields.ToDictionary(f => "profile." + f, f => f, StringComparer.Ordinal));

    /// <summary>A field of <c>missing</c> (snake_case, as the service names it) as the form names it.</summary>
    public static string Of(string protoField) => FieldNames.ToJson("profile." + protoField);
}
