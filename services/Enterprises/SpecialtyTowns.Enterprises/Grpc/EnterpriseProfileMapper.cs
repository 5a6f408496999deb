using SpecialtyTowns.SharedKernel.Identifiers;
using System.Globalization;
using SpecialtyTowns.Enterprises.Domain;
using V1Profile = SpecialtyTowns.Enterprises.V1.EnterpriseProfile;

namespace SpecialtyTowns.Enterprises.Grpc;

/// <summary>Profile message ↔ domain profile; "" and 0 mean "not known" (null in the domain).</summary>
public static class EnterpriseProfileMapper
{
    public static EnterpriseProfile ToDomain(V1Profile p) => new(
        p.Name.Trim(),
        Blank(p.NameEn),
        Blank(p.UnifiedSocialCreditCode)?.ToUpperInvariant(),
        Blank(p.IndustryCode),
        Clean(p.Products),
        Clean(p.Certifications),
        [.. p.Capacities.Select(c => new Capacity(c.Product.Trim(), decimal.Parse(c.Amount, NumberStyles.Number, CultureInfo.InvariantCulture), c.Unit.Trim()))],
        Clean(p.Equipment),
        Blank(p.CncRatePercent) is { } rate ? decimal.Parse(rate, NumberStyles.Number, CultureInfo.InvariantCulture) : null,
        Blank(p.RevenueBand),
        Blank(p.EmployeeBand),
        p.Leading,
        Clean(p.ExportMarkets),
        p.FoundedYear == 0 ? null : p.FoundedYear,
        Blank(p.Description),
        Blank(p.DescriptionEn),
        [.. p.Contacts.Select(c => new EnterpriseContact(c.Name.Trim(), Blank(c.Role), Blank(c.Phone), Blank(c.Email)))],
        Blank(p.Source));

    public static V1Profile ToMessage(EnterpriseProfile p, bool withContacts)
    {
        var message = new V1Profile
        {
            Name = p.Name,
            NameEn = p.NameEn ?? string.Empty,
            UnifiedSocialCreditCode = p.UnifiedSocialCreditCode ?? string.Empty,
            IndustryCode = p.IndustryCode ?? string.Empty,
            CncRatePercent = p.CncRatePercent is { } rate ? Decimal(rate) : string.Empty,
            RevenueBand = p.RevenueBand ?? string.Empty,
            EmployeeBand = p.EmployeeBand ?? string.Empty,
            Leading = p.Leading,
            FoundedYear = p.FoundedYear ?? 0,
            Description = p.Description ?? string.Empty,
            DescriptionEn = p.DescriptionEn ?? string.Empty,
            Source = p.Source ?? string.Empty,
        };
        message.Products.AddRange(p.Products);
        message.Certifications.AddRange(p.Certifications);
        message.Capacities.AddRange(p.Capacities.Select(c => new V1.Capacity
        {
            Product = c.Product,
            Amount = Decimal(c.Amount),
            Unit = c.Unit,
        }));
        message.Equipment.AddRange(p.Equipment);
        message.ExportMarkets.AddRange(p.ExportMarkets);
        if (withContacts)
        {
            message.Contacts.AddRange(p.Contacts.Select(c => new V1.EnterpriseContact
            {
                Name = c.Name,
                Role = c.Role ?? string.Empty,
                Phone = c.Phone ?? string.Empty,
                Email = c.Email ?? string.Empty,
            }));
        }

        return message;
    }

    /// <summary>Without the trailing zeros the column's scale adds (80.00 → 80) and never in exponent form.</summary>
    private static string Decimal(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Clean(IEnumerable<string> values) => [.. values.Select(v => v.Trim()).Where(v => v.Length > 0)];
}
