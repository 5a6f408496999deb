namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

/// <summary>The notifications to mark read; none named: all of them.</summary>
public sealed record MarkReadBody(IReadOnlyList<string>? Ids);
