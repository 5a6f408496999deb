namespace SpecialtyTowns.Expo.Domain;

/// <summary>
/// A town that can exhibit and host meetings at expo events. Built only from Towns' events;
/// registrations and updates may arrive in any order, so the names keep the time of the
/// event they come from and an older event never overwrites a newer one.
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

    /// <summary>The time (registration or update) of the event the names come from.</summary>
    public DateTimeOffset NamesAsOf { get; private set; }

    /// <summary>A town first heard of, by its registration or by an update that overtook it.</summary>
    public static ExhibitorTown Learn(Guid townId, string name, string? nameEn, DateTimeOffset asOf, DateTimeOffset receivedAt) => new()
    {
        TownId = townId,
        Name = name,
        NameEn = nameEn,
        NamesAsOf = asOf,
        ReceivedAt = receivedAt,
    };

    /// <summary>Takes the names as of <paramref name="asOf"/> unless newer ones are known; returns whether it did.</summary>
    public bool Rename(string name, string? nameEn, DateTimeOffset asOf, DateTimeOffset receivedAt)
    {
        if (asOf <= NamesAsOf)
        {
            return false;
        }

        (Name, NameEn, NamesAsOf, ReceivedAt) = (name, nameEn, asOf, receivedAt);
        return true;
    }
}
