namespace SpecialtyTowns.Enterprises.Domain.Chains;

/// <summary>Where a node sits in its industrial chain: 上游 upstream, 中游 midstream, 下游 downstream.</summary>
public enum ChainPosition
{
    Upstream = 0,
    Midstream = 1,
    Downstream = 2,
}
