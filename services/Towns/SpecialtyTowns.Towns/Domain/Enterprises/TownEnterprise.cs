namespace SpecialtyTowns.Towns.Domain.Enterprises;

/// <summary>
/// An enterprise of a town as Towns knows it from Enterprises' events: enough to count a town's
/// enterprises and name its leading ones. Events may arrive out of order or twice: only a newer
/// state than the one held (<see cref="IsNewer"/>) changes it.
/// </summary>
public sealed class TownEnterprise
{
    private TownEnterprise()
    {
    }

    public Guid EnterpriseId { get; private set; }

    public Guid TownId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? NameEn { get; private set; }

    public bool Leading { get; private set; }

    /// <summary>The enterprise's version the state comes from (0 for its registration, which carries none).</summary>
    public int Version { get; private set; }

    /// <summary>When Enterprises made the state (registered or updated at).</summary>
    public DateTimeOffset AsOf { get; private set; }

    public static TownEnterprise From(Guid enterpriseId, Guid townId, string name, string? nameEn, bool leading, int version, DateTimeOffset asOf) => new()
    {
        EnterpriseId = enterpriseId,
        TownId = townId,
        Name = name.Trim(),
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim(),
        Leading = leading,
        Version = version,
        AsOf = asOf,
    };

    /// <summary>A state is newer when its version is higher, or, at the same version, when it was made later.</summary>
    public static bool IsNewer(int version, DateTimeOffset asOf, int heldVersion, DateTimeOffset heldAsOf) =>
        version > heldVersion || (version == heldVersion && asOf > heldAsOf);

    /// <summary>Takes the state if it is newer than the one held; returns whether anything a town shows changed.</summary>
    public bool Apply(TownEnterprise state)
    {
        if (state.EnterpriseId != EnterpriseId || !IsNewer(state.Version, state.AsOf, Version, AsOf))
        {
            return false;
        }

        var changed = state.TownId != TownId || state.Name != Name || state.NameEn != NameEn || state.Leading != Leading;
        TownId = state.TownId;
        Name = state.Name;
        NameEn = state.NameEn;
        Leading = state.Leading;
        Version = state.Version;
        AsOf = state.AsOf;
        return changed;
    }
}
