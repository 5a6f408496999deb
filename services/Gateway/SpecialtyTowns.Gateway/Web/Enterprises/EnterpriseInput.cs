using System.Globalization;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Web.Forms;

namespace SpecialtyTowns.Gateway.Web.Enterprises;

/// <summary>
/// The enterprise profile form as posted: every field of EnterpriseProfile. Lists of text are one
/// item a line; capacities and contacts are rows, blank rows dropped before sending so that the
/// service's row numbers (capacities[1].amount) are the rows shown again.
/// </summary>
public sealed class EnterpriseInput
{
    /// <summary>Rows offered beyond those filled in, for adding capacities and contacts.</summary>
    public const int SpareRows = 2;

    public string? RequestId { get; set; }

    /// <summary>The version the form was filled from (0 for a new enterprise): a stale edit is refused.</summary>
    public int ExpectedVersion { get; set; }

    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public string? UnifiedSocialCreditCode { get; set; }

    public string? IndustryCode { get; set; }

    public string? Products { get; set; }

    public string? Certifications { get; set; }

    public List<CapacityInput> Capacities { get; set; } = [];

    public string? Equipment { get; set; }

    public string? CncRatePercent { get; set; }

    public string? RevenueBand { get; set; }

    public string? EmployeeBand { get; set; }

    public bool Leading { get; set; }

    public string? ExportMarkets { get; set; }

    /// <summary>Empty when not known.</summary>
    public string? FoundedYear { get; set; }

    public string? Description { get; set; }

    public string? DescriptionEn { get; set; }

    public List<ContactInput> Contacts { get; set; } = [];

    public string? Source { get; set; }

    /// <summary>An empty form for registering an enterprise.</summary>
    public static EnterpriseInput New() => new EnterpriseInput { RequestId = Guid.NewGuid().ToString() }.WithSpareRows();

    public static EnterpriseInput From(Enterprise enterprise)
    {
        var p = enterprise.Profile;
        return new EnterpriseInput
        {
            RequestId = Guid.NewGuid().ToString(),
            ExpectedVersion = enterprise.Version,
            Name = p.Name,
            NameEn = p.NameEn,
            UnifiedSocialCreditCode = p.UnifiedSocialCreditCode,
            IndustryCode = p.IndustryCode,
            Products = string.Join('\n', p.Products),
            Certifications = string.Join('\n', p.Certifications),
            Capacities = [.. p.Capacities.Select(CapacityInput.From)],
            Equipment = string.Join('\n', p.Equipment),
            CncRatePercent = p.CncRatePercent,
            RevenueBand = p.RevenueBand,
            EmployeeBand = p.EmployeeBand,
            Leading = p.Leading,
            ExportMarkets = string.Join('\n', p.ExportMarkets),
            FoundedYear = p.FoundedYear == 0 ? null : p.FoundedYear.ToString(CultureInfo.InvariantCulture),
            Description = p.Description,
            DescriptionEn = p.DescriptionEn,
            Contacts = [.. p.Contacts.Select(ContactInput.From)],
            Source = p.Source,
        }.WithSpareRows();
    }

    /// <summary>Drops blank rows and lines, so what is shown again is exactly what was sent.</summary>
    public void Compact()
    {
        Capacities = [.. Capacities.Where(c => !c.IsBlank)];
        Contacts = [.. Contacts.Where(c => !c.IsBlank)];
        Products = Joined(Products);
        Certifications = Joined(Certifications);
        Equipment = Joined(Equipment);
        ExportMarkets = Joined(ExportMarkets);
    }

    public EnterpriseInput WithSpareRows()
    {
        Capacities.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new CapacityInput()));
        Contacts.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new ContactInput()));
        return this;
    }

    /// <summary>Every field set: the form shows the whole profile, so what is left empty is cleared.</summary>
    public EnterpriseProfile ToProfile()
    {
        var profile = new EnterpriseProfile
        {
            Name = Name?.Trim() ?? string.Empty,
            NameEn = NameEn?.Trim() ?? string.Empty,
            UnifiedSocialCreditCode = UnifiedSocialCreditCode?.Trim() ?? string.Empty,
            IndustryCode = IndustryCode?.Trim() ?? string.Empty,
            CncRatePercent = CncRatePercent?.Trim() ?? string.Empty,
            RevenueBand = RevenueBand ?? string.Empty,
            EmployeeBand = EmployeeBand ?? string.Empty,
            Leading = Leading,
            FoundedYear = Year(FoundedYear),
            Description = Description?.Trim() ?? string.Empty,
            DescriptionEn = DescriptionEn?.Trim() ?? string.Empty,
            Source = Source?.Trim() ?? string.Empty,
        };
        profile.Products.AddRange(TownProfileInput.Lines(Products));
        profile.Certifications.AddRange(TownProfileInput.Lines(Certifications));
        profile.Equipment.AddRange(TownProfileInput.Lines(Equipment));
        profile.ExportMarkets.AddRange(TownProfileInput.Lines(ExportMarkets));
        profile.Capacities.AddRange(Capacities.Where(c => !c.IsBlank).Select(c => c.ToMessage()));
        profile.Contacts.AddRange(Contacts.Where(c => !c.IsBlank).Select(c => c.ToEnterpriseContact()));
        return profile;
    }

    // A year that is not a whole number goes out as -1, which the service refuses at foundedYear.
    private static int Year(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : -1;

    private static string Joined(string? text) => string.Join('\n', TownProfileInput.Lines(text));
}
