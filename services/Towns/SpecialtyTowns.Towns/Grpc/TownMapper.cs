using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Domain.Enterprises;
using SpecialtyTowns.Towns.V1;
using DomainTown = SpecialtyTowns.Towns.Domain.Town;
using DomainTownCategory = SpecialtyTowns.Towns.Domain.TownCategory;
using DomainTownLevel = SpecialtyTowns.Towns.Domain.TownLevel;
using TownCategory = SpecialtyTowns.Towns.V1.TownCategory;
using TownLevel = SpecialtyTowns.Towns.V1.TownLevel;

namespace SpecialtyTowns.Towns.Grpc;

/// <summary>Translates between the domain and the wire contract.</summary>
public static class TownMapper
{
    public static V1.Town ToMessage(DomainTown town) => ToMessage(town, withContacts: true);

    /// <summary>The town as a reader sees it: without its contacts unless <see cref="ContactVisibility"/> allows them.</summary>
    public static V1.Town ToMessage(DomainTown town, bool withContacts, TownEnterprises? enterprises = null)
    {
        var message = new V1.Town
        {
            Id = town.Id.ToString(),
            Name = town.Name,
            NameEn = town.NameEn ?? string.Empty,
            City = town.City ?? string.Empty,
            County = town.County ?? string.Empty,
            Level = town.Level switch
            {
                DomainTownLevel.Provincial => TownLevel.Provincial,
                DomainTownLevel.Municipal => TownLevel.Municipal,
                _ => TownLevel.Unspecified,
            },
            Category = town.Category switch
            {
                DomainTownCategory.AdvancedManufacturing => TownCategory.AdvancedManufacturing,
                DomainTownCategory.SpecialtyLightIndustry => TownCategory.SpecialtyLightIndustry,
                DomainTownCategory.SpecialtyAgriculture => TownCategory.SpecialtyAgriculture,
                _ => TownCategory.Unspecified,
            },
            MainIndustry = town.MainIndustry,
            RegisteredAt = Timestamp.FromDateTimeOffset(town.RegisteredAt),
        };
        message.Facts.AddRange(town.Facts);
        message.KeyFigures.AddRange(town.KeyFigures.Select(TownProfileMapper.ToMessage));
        message.Platforms.AddRange(town.Platforms);
        message.Policies.AddRange(town.Policies);
        if (withContacts)
        {
            message.Contacts.AddRange(town.Contacts.Select(TownProfileMapper.ToMessage));
        }

        if (enterprises is not null)
        {
            message.EnterpriseCount = enterprises.Count;
            message.LeadingEnterprises.AddRange(enterprises.Leading.Select(e => new LeadingEnterprise
            {
                Id = e.EnterpriseId.ToString(),
                Name = e.Name,
                NameEn = e.NameEn ?? string.Empty,
            }));
        }

        return message;
    }

    public static TownRegistration ToRegistration(RegisterTownRequest request) => new(
        request.Name,
        request.NameEn,
        request.City,
        request.County,
        request.Level switch
        {
            TownLevel.Provincial => DomainTownLevel.Provincial,
            TownLevel.Municipal => DomainTownLevel.Municipal,
            _ => DomainTownLevel.Unknown,
        },
        request.Category switch
        {
            TownCategory.AdvancedManufacturing => DomainTownCategory.AdvancedManufacturing,
            TownCategory.SpecialtyLightIndustry => DomainTownCategory.SpecialtyLightIndustry,
            TownCategory.SpecialtyAgriculture => DomainTownCategory.SpecialtyAgriculture,
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Category, "Unknown category"),
        },
        request.MainIndustry,
        request.Facts.ToList());
}
