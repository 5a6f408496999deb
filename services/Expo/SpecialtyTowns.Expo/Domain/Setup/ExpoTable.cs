namespace SpecialtyTowns.Expo.Domain.Setup;

/// <summary>A meeting table in a hall: its label is unique in the event, its seats bound who can meet there.</summary>
public sealed class ExpoTable
{
    private ExpoTable()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid HallId { get; private set; }

    public string Label { get; private set; } = string.Empty;

    public int Seats { get; private set; }

    /// <summary>Optional area of the hall (e.g. "投资洽谈区 A"), for signs and for the timetable.</summary>
    public string? Zone { get; private set; }

    public static ExpoTable Create(Guid eventId, Guid hallId, string label, int seats, string? zone) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = eventId,
        HallId = hallId,
        Label = label.Trim(),
        Seats = seats,
        Zone = string.IsNullOrWhiteSpace(zone) ? null : zone.Trim(),
    };

    /// <summary>Moves, relabels or resizes the table; false when nothing changes (a no-op edit publishes nothing).</summary>
    public bool Change(Guid hallId, string label, int seats, string? zone)
    {
        var newLabel = label.Trim();
        var newZone = string.IsNullOrWhiteSpace(zone) ? null : zone.Trim();
        if (HallId == hallId && Label == newLabel && Seats == seats && Zone == newZone)
        {
            return false;
        }

        HallId = hallId;
        Label = newLabel;
        Seats = seats;
        Zone = newZone;
        return true;
    }
}
