namespace SpecialtyTowns.Gateway.Api.ExpoStandby;

/// <summary>The party of the meeting that did not come.</summary>
public sealed record NoShowBody(string? ParticipantId);
