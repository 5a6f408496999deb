namespace SpecialtyTowns.Expo.Domain.Setup;

/// <summary>A hall of the event's venue; tables stand in halls.</summary>
public sealed class Hall
{
    private Hall()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? NameEn { get; private set; }

    /// <summary>Order in which the organizer lists the halls.</summary>
    public int Position { get; private set; }

    public static Hall Create(Guid eventId, string name, string? nameEn, int position) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = eventId,
        Name = name.Trim(),
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim(),
        Position = position,
    };

    /// <summary>Renames or reorders the hall; false when nothing changes (a no-op edit publishes nothing).</summary>
    public bool Change(string name, string? nameEn, int position)
    {
        var newName = name.Trim();
        var newNameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim();
        if (Name == newName && NameEn == newNameEn && Position == position)
        {
            return false;
        }

        Name = newName;
        NameEn = newNameEn;
        Position = position;
        return true;
    }
}
