namespace SpecialtyTowns.Expo.Scheduling.Model;

/// <summary>A meeting-scheduling problem in the shared format (shared/formats/meeting-scheduling.md).</summary>
public sealed record Instance
{
    public string? Event { get; init; }

    /// <summary>IANA time zone that decides each slot's day; absent means the offset of each slot's start.</summary>
    public string? TimeZone { get; init; }

    public IReadOnlyList<Slot> Slots { get; init; } = [];

    public IReadOnlyList<Table> Tables { get; init; } = [];

    public IReadOnlyList<Participant> Participants { get; init; } = [];

    public IReadOnlyList<Meeting> Meetings { get; init; } = [];
}
