namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>A timeline entry: kind call, visit, meeting or note; internal notes are the town's only.</summary>
public sealed record ActivityBody(string? Kind, string? Text, DateTimeOffset? OccurredAt = null, bool Internal = false);
