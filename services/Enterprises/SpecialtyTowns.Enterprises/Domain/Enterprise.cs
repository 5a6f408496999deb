using SpecialtyTowns.SharedKernel.Identifiers;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Enterprises.Domain;

/// <summary>A company of a specialty town; its name is unique within its town, its credit code everywhere.</summary>
public sealed class Enterprise
{
    private Enterprise()
    {
    }

    public Guid Id { get; private set; }

    public Guid TownId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? NameEn { get; private set; }

    public string? UnifiedSocialCreditCode { get; private set; }

    public string? IndustryCode { get; private set; }

    public List<string> Products { get; private set; } = [];

    public List<string> Certifications { get; private set; } = [];

    public List<Capacity> Capacities { get; private set; } = [];

    public List<string> Equipment { get; private set; } = [];

    public decimal? CncRatePercent { get; private set; }

    public string? RevenueBand { get; private set; }

    public string? EmployeeBand { get; private set; }

    public bool Leading { get; private set; }

    public List<string> ExportMarkets { get; private set; } = [];

    public int? FoundedYear { get; private set; }

    public string? Description { get; private set; }

    public string? DescriptionEn { get; private set; }

    public List<EnterpriseContact> Contacts { get; private set; } = [];

    public string? Source { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Raised by every change; an edit made on an older version is refused.</summary>
    public int Version { get; private set; }

    /// <summary>Admins register enterprises of any town; a town only its own.</summary>
    public static bool MayBeRegisteredBy(Caller caller, Guid townId) => caller.IsAdmin || caller.IsTown(townId);

    public static Enterprise Register(Guid townId, EnterpriseProfile profile, DateTimeOffset now)
    {
        var enterprise = new Enterprise
        {
            Id = Guid.CreateVersion7(now),
            TownId = townId,
            RegisteredAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        enterprise.Set(profile);
        return enterprise;
    }

    /// <summary>The enterprise itself, the town it belongs to, and admins may change it.</summary>
    public bool MayBeEditedBy(Caller caller) =>
        caller.IsAdmin || caller.IsEnterprise(Id) || caller.IsTown(TownId);

    /// <summary>
    /// 龙头企业 is a designation its town (or an admin) makes, not a claim: the enterprise's own edits keep the flag
    /// as it is.
    /// </summary>
    public bool MayDesignateLeading(Caller caller) => caller.IsAdmin || caller.IsTown(TownId);

    public EnterpriseProfile Profile => new(
        Name, NameEn, UnifiedSocialCreditCode, IndustryCode, Products, Certifications, Capacities, Equipment,
        CncRatePercent, RevenueBand, EmployeeBand, Leading, ExportMarkets, FoundedYear, Description, DescriptionEn,
        Contacts, Source);

    /// <summary>Replaces the profile; returns whether anything changed (a no-op edit raises no version and no event).</summary>
    public bool Apply(EnterpriseProfile profile, DateTimeOffset now)
    {
        if (EnterpriseProfileComparer.Same(Profile, profile))
        {
            return false;
        }

        Set(profile);
        UpdatedAt = now;
        Version++;
        return true;
    }

    private void Set(EnterpriseProfile profile)
    {
        Name = profile.Name;
        NameEn = profile.NameEn;
        UnifiedSocialCreditCode = profile.UnifiedSocialCreditCode;
        IndustryCode = profile.IndustryCode;
        Products = [.. profile.Products];
        Certifications = [.. profile.Certifications];
        Capacities = [.. profile.Capacities];
        Equipment = [.. profile.Equipment];
        CncRatePercent = profile.CncRatePercent;
        RevenueBand = profile.RevenueBand;
        EmployeeBand = profile.EmployeeBand;
        Leading = profile.Leading;
        ExportMarkets = [.. profile.ExportMarkets];
        FoundedYear = profile.FoundedYear;
        Description = profile.Description;
        DescriptionEn = profile.DescriptionEn;
        Contacts = [.. profile.Contacts];
        Source = profile.Source;
    }
}
