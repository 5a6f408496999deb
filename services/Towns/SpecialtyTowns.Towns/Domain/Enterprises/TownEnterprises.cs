namespace SpecialtyTowns.Towns.Domain.Enterprises;

/// <summary>What a town's profile shows of its enterprises: how many, and its leading ones by name.</summary>
public sealed record TownEnterprises(int Count, IReadOnlyList<TownEnterprise> Leading)
{
    public static readonly TownEnterprises None = new(0, []);
}
