namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>The seed file of enterprises (data/enterprises.json).</summary>
public sealed record SeedEnterprises(IReadOnlyList<SeedEnterprise> Enterprises);
