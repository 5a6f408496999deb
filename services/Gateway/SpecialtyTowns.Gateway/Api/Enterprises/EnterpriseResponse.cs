namespace SpecialtyTowns.Gateway.Api.Enterprises;

public sealed record EnterpriseResponse(string Id, string Name, string TownId, IReadOnlyList<string> Products, DateTimeOffset RegisteredAt);
