namespace SpecialtyTowns.Gateway.Api.Enterprises;

/// <summary>A partial update: absent (null) fields stay as they are.</summary>
public sealed record UpdateEnterpriseBody(string? Name, IReadOnlyList<string>? Products);
