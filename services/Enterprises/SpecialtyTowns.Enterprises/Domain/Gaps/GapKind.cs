namespace SpecialtyTowns.Enterprises.Domain.Gaps;

/// <summary>What a gap lacks: a product, a process (工艺) or a service.</summary>
public enum GapKind
{
    Product = 0,
    Process = 1,
    Service = 2,
}
