namespace SpecialtyTowns.Gateway.Api.Enterprises;

public sealed record RegisterEnterpriseBody(string? Name, Guid? TownId, IReadOnlyList<string>? Products);
