namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>A slot and table, with the slot's start and the table's label for display (null when they no longer exist).</summary>
public sealed record DraftPlace(Guid SlotId, DateTimeOffset? StartsAt, Guid TableId, string? TableLabel);
