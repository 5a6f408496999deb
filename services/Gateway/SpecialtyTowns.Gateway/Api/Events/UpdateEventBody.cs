namespace SpecialtyTowns.Gateway.Api.Events;

/// <summary>A partial update: absent (null) fields stay as they are.</summary>
public sealed record UpdateEventBody(string? Name, string? NameEn, string? City, string? StartsOn, string? EndsOn);
