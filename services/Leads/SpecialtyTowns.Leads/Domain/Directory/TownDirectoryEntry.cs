namespace SpecialtyTowns.Leads.Domain.Directory;

/// <summary>
/// What Leads knows of a town: enough to attach leads and matches to it without asking the
/// Towns service. Built only from Towns' events, which may arrive in any order: the profile
/// keeps the time of the newest event applied and ignores older ones.
/// </summary>
public sealed class TownDirectoryEntry
{
    private TownDirectoryEntry()
    {
    }

    public Guid TownId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string MainIndustry { get; private set; } = string.Empty;

    public string Category { get; private set; } = string.Empty;

    /// <summary>The prefecture-level city, as Towns writes it ("忻州 Xinzhou"), for the city's funnel and the region feature; null until known.</summary>
    public string? City { get; private set; }

    /// <summary>
    /// When the town registered; until the registration arrives (after an update that overtook
    /// it) the time of that update, which it cannot be later than.
    /// </summary>
    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The time of the event the name and main industry come from.</summary>
    public DateTimeOffset ProfileAsOf { get; private set; }

    public static TownDirectoryEntry Registered(Guid townId, string name, string mainIndustry, string category, string? city, DateTimeOffset registeredAt, DateTimeOffset receivedAt)
    {
        var entry = new TownDirectoryEntry { TownId = townId, ProfileAsOf = DateTimeOffset.MinValue };
        entry.ApplyRegistration(name, mainIndustry, category, city, registeredAt, receivedAt);
        return entry;
    }

    public static TownDirectoryEntry Updated(Guid townId, string name, string mainIndustry, string? city, DateTimeOffset updatedAt, DateTimeOffset receivedAt)
    {
        var entry = new TownDirectoryEntry { TownId = townId, RegisteredAt = updatedAt, ProfileAsOf = DateTimeOffset.MinValue };
        entry.ApplyUpdate(name, mainIndustry, city, updatedAt, receivedAt);
        return entry;
    }

    /// <summary>Category and registration time always come from the registration; the profile (city included) only if nothing newer is known.</summary>
    public void ApplyRegistration(string name, string mainIndustry, string category, string? city, DateTimeOffset registeredAt, DateTimeOffset receivedAt)
    {
        Category = category;
        RegisteredAt = registeredAt;
        ApplyUpdate(name, mainIndustry, city, registeredAt, receivedAt);
    }

    /// <summary>Applies a profile as of <paramref name="asOf"/>; returns false (and changes nothing) when a newer one is applied already.</summary>
    public bool ApplyUpdate(string name, string mainIndustry, string? city, DateTimeOffset asOf, DateTimeOffset receivedAt)
    {
        if (asOf <= ProfileAsOf)
        {
            return false;
        }

        Name = name;
        MainIndustry = mainIndustry;
        City = city;
        ProfileAsOf = asOf;
        ReceivedAt = receivedAt;
        return true;
    }
}
