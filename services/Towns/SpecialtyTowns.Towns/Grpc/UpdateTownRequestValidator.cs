using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.V1;
using KeyFigure = SpecialtyTowns.Towns.Domain.KeyFigure;
using TownContact = SpecialtyTowns.Towns.Domain.TownContact;

namespace SpecialtyTowns.Towns.Grpc;

/// <summary>The contract of UpdateTown; unset fields are left alone.</summary>
public static class UpdateTownRequestValidator
{
    public static void Validate(UpdateTownRequest request) => ValidateAndMap(request);

    /// <summary>Validates the request and returns the profile lists it carries (null where not given).</summary>
    public static (IReadOnlyList<KeyFigure>? Figures, IReadOnlyList<TownContact>? Contacts) ValidateAndMap(UpdateTownRequest request)
    {
        var validator = new RequestValidator()
            .RequestId(request.RequestId)
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

        if (request.Platforms is not null)
        {
            validator.Items("platforms.values", request.Platforms.Values, 30, TownLimits.Fact);
        }

        if (request.Policies is not null)
        {
            validator.Items("policies.values", request.Policies.Values, 30, TownLimits.Fact);
        }

        var figures = TownProfileMapper.ToDomain(request.KeyFigures, validator);
        var contacts = TownProfileMapper.ToDomain(request.Contacts, validator);
        validator.ThrowIfInvalid();
        return (figures, contacts);
    }
}
