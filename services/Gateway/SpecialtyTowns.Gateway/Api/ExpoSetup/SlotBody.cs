namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>A slot's instants (ISO 8601 with offset). Moving a slot with placed meetings needs unplaceMeetings: they are unscheduled and their parties told.</summary>
public sealed record SlotBody(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, bool? UnplaceMeetings);
