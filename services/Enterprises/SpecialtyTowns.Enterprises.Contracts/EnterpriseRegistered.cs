namespace SpecialtyTowns.Enterprises.Contracts;

/// <summary>An enterprise of a specialty town joined the marketplace.</summary>
public sealed record EnterpriseRegistered(Guid EnterpriseId, Guid TownId, string Name, IReadOnlyList<string> Products, DateTimeOffset RegisteredAt);
