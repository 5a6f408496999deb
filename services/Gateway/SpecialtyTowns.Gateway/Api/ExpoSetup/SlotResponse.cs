namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>A slot: instants in UTC and in the event's local time; placedMeetings counts meetings placed in it.</summary>
public sealed record SlotResponse(string Id, string? SessionId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string LocalStartsAt, string LocalEndsAt, int PlacedMeetings);
