namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>The slot after the change (null when deleted) and the meetings taken out of it.</summary>
public sealed record SlotChangeResponse(SlotResponse? Slot, IReadOnlyList<string> UnplacedMeetingIds);
