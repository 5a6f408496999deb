using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.Grpc;

/// <summary>The contract of UpdateTown; unset fields are left alone.</summary>
public static class UpdateTownRequestValidator
{
    public static void Validate(UpdateTownRequest request)
    {
        var validator = new RequestValidator()
            .Guid("id", request.Id)
            .Optional("name_en", request.NameEn, TownLimits.NameEn)
            .Optional("city", request.City, TownLimits.Place)
            .Optional("county", request.County, TownLimits.Place);
        if (request.HasMainIndustry)
        {
            validator.Required("main_industry", request.MainIndustry, TownLimits.MainIndustry);
        }

        if (request.Facts is not null)
        {
            validator.Items("facts.values", request.Facts.Values, TownLimits.Facts, TownLimits.Fact);
        }

        validator.ThrowIfInvalid();
    }
}
