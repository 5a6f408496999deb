namespace SpecialtyTowns.Enterprises.Domain.Chains;

/// <summary>Field sizes shared by validation and the schema (ChainNodeConfiguration).</summary>
public static class ChainLimits
{
    public const int Chain = 100;
    public const int Name = 200;
    public const int Products = 50;
    public const int Product = 200;
    public const int Enterprises = 200;
    public const int Evidence = 2000;
}
