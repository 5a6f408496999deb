namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>A session and the slots generated from it.</summary>
public sealed record SessionCreatedResponse(SessionResponse Session, IReadOnlyList<SlotResponse> Slots);
