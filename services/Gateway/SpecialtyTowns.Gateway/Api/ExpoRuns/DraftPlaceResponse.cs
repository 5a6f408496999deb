namespace SpecialtyTowns.Gateway.Api.ExpoRuns;

public sealed record DraftPlaceResponse(Guid SlotId, DateTimeOffset? StartsAt, Guid TableId, string? TableLabel);
