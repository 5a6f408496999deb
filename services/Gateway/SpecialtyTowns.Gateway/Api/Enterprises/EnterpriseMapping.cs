using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Api.Towns;
using static SpecialtyTowns.Gateway.Api.Enterprises.ProtoDecimals;

namespace SpecialtyTowns.Gateway.Api.Enterprises;

/// <summary>JSON ↔ the Enterprises proto for profiles; no rule: the service validates.</summary>
public static class EnterpriseMapping
{
    public static EnterpriseProfile ToProfile(EnterpriseBody body)
    {
        var profile = new EnterpriseProfile
        {
            Name = body.Name ?? string.Empty,
            NameEn = body.NameEn ?? string.Empty,
            UnifiedSocialCreditCode = body.UnifiedSocialCreditCode ?? string.Empty,
            IndustryCode = body.IndustryCode ?? string.Empty,
            CncRatePercent = ToText(body.CncRatePercent),
            RevenueBand = body.RevenueBand ?? string.Empty,
            EmployeeBand = body.EmployeeBand ?? string.Empty,
            Leading = body.Leading ?? false,
            FoundedYear = body.FoundedYear ?? 0,
            Description = body.Description ?? string.Empty,
            DescriptionEn = body.DescriptionEn ?? string.Empty,
            Source = body.Source ?? string.Empty,
        };
        profile.Products.AddRange(body.Products ?? []);
        profile.Certifications.AddRange(body.Certifications ?? []);
        profile.Capacities.AddRange((body.Capacities ?? []).Select(c => new Capacity
        {
            Product = c.Product ?? string.Empty,
            Amount = ToText(c.Amount),
            Unit = c.Unit ?? string.Empty,
        }));
        profile.Equipment.AddRange(body.Equipment ?? []);
        profile.ExportMarkets.AddRange(body.ExportMarkets ?? []);
        profile.Contacts.AddRange((body.Contacts ?? []).Select(c => new EnterpriseContact
        {
            Name = c.Name ?? string.Empty,
            Role = c.Role ?? string.Empty,
            Phone = c.Phone ?? string.Empty,
            Email = c.Email ?? string.Empty,
        }));
        return profile;
    }

    public static EnterpriseResponse ToResponse(Enterprise enterprise)
    {
        var p = enterprise.Profile ?? new EnterpriseProfile();
        return new EnterpriseResponse(
            enterprise.Id,
            enterprise.TownId,
            NullIfEmpty(enterprise.TownName),
            NullIfEmpty(enterprise.TownNameEn),
            NullIfEmpty(enterprise.City),
            p.Name,
            NullIfEmpty(p.NameEn),
            NullIfEmpty(p.UnifiedSocialCreditCode),
            NullIfEmpty(p.IndustryCode),
            p.Products.ToList(),
            p.Certifications.ToList(),
            p.Capacities.Select(c => new CapacityDto(c.Product, FromText(c.Amount), NullIfEmpty(c.Unit))).ToList(),
            p.Equipment.ToList(),
            FromText(p.CncRatePercent),
            NullIfEmpty(p.RevenueBand),
            NullIfEmpty(p.EmployeeBand),
            p.Leading,
            p.ExportMarkets.ToList(),
            p.FoundedYear == 0 ? null : p.FoundedYear,
            NullIfEmpty(p.Description),
            NullIfEmpty(p.DescriptionEn),
            p.Contacts.Select(c => new ContactDto(c.Name, NullIfEmpty(c.Role), NullIfEmpty(c.Phone), NullIfEmpty(c.Email))).ToList(),
            enterprise.ContactsHidden,
            NullIfEmpty(p.Source),
            enterprise.Version,
            enterprise.RegisteredAt?.ToDateTimeOffset() ?? default,
            enterprise.UpdatedAt?.ToDateTimeOffset());
    }
}
