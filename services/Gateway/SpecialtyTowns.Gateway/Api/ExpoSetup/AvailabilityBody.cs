namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>The slots in which the caller cannot meet (the whole list). A slot holding the caller's placed meeting needs unplaceMeetings.</summary>
public sealed record AvailabilityBody(IReadOnlyList<string>? UnavailableSlotIds, bool? UnplaceMeetings);
