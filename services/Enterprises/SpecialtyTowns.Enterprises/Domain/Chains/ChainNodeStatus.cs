namespace SpecialtyTowns.Enterprises.Domain.Chains;

/// <summary>How a chain node stands: 完整 complete, 弱 weak, 缺 missing, 断 broken.</summary>
public enum ChainNodeStatus
{
    Complete = 0,
    Weak = 1,
    Missing = 2,
    Broken = 3,
}
