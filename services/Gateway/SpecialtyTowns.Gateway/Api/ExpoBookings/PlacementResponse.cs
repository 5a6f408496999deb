namespace SpecialtyTowns.Gateway.Api.ExpoBookings;

/// <summary>Where a meeting stands after a booking change; times in UTC.</summary>
public sealed record PlacementResponse(
    string MeetingId,
    string EventId,
    string Status,
    string? SlotId,
    string? TableId,
    string? InterpreterId,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? TableLabel,
    IReadOnlyList<string> ParticipantIds,
    string? PlacedBy,
    bool Locked);
