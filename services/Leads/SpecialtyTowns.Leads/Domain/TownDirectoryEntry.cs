namespace SpecialtyTowns.Leads.Domain;

/// <summary>
/// What Leads knows of a town: enough to attach leads and matches to it without asking the
/// Towns service. Built only from Towns' events.
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

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public static TownDirectoryEntry From(Guid townId, string name, string mainIndustry, string category, DateTimeOffset registeredAt, DateTimeOffset receivedAt) => new()
    {
        TownId = townId,
        Name = name,
        MainIndustry = mainIndustry,
        Category = category,
        RegisteredAt = registeredAt,
        ReceivedAt = receivedAt,
    };
}
