namespace SpecialtyTowns.Expo.Domain;

/// <summary>
/// A town that can exhibit and host meetings at expo events. Built only from Towns' events.
/// </summary>
public sealed class ExhibitorTown
{
    private ExhibitorTown()
    {
    }

    public Guid TownId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? NameEn { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public static ExhibitorTown From(Guid townId, string name, string? nameEn, DateTimeOffset receivedAt) => new()
    {
        TownId = townId,
        Name = name,
        NameEn = nameEn,
        ReceivedAt = receivedAt,
    };
}
