namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>An event's slots in time order, with local times in its IANA time zone.</summary>
public sealed record EventSlotsResponse(string TimeZone, IReadOnlyList<SlotResponse> Slots);
