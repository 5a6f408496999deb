using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.Grpc;

/// <summary>The contract of RegisterTown; field names are the proto's.</summary>
public static class RegisterTownRequestValidator
{
    public static void Validate(RegisterTownRequest request)
    {
        new RequestValidator()
            .RequestId(request.RequestId)
            .Required("name", request.Name, TownLimits.Name)
            .Optional("name_en", request.NameEn, TownLimits.NameEn)
            .Optional("city", request.City, TownLimits.Place)
            .Optional("county", request.County, TownLimits.Place)
            .DefinedEnum("level", request.Level, allowUnspecified: true)
            .DefinedEnum("category", request.Category, allowUnspecified: false)
            .Required("main_industry", request.MainIndustry, TownLimits.MainIndustry)
            .Items("facts", request.Facts, TownLimits.Facts, TownLimits.Fact)
            .ThrowIfInvalid();
    }
}
