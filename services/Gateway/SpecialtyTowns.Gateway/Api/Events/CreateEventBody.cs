namespace SpecialtyTowns.Gateway.Api.Events;

/// <summary>An expo event. Dates are local (YYYY-MM-DD) in <c>timeZone</c> (default Asia/Shanghai).</summary>
public sealed record CreateEventBody(string? Name, string? NameEn, string? City, string? StartsOn, string? EndsOn, string? TimeZone);
