using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Domain.Chains;

/// <summary>
/// What a node must mean beyond its shape: the enterprises at it are enterprises of the node's own
/// town, and a node still sought by open or in-talks gaps cannot be removed.
/// </summary>
public static class ChainNodeRules
{
    public const string InUseRule = "chain-node-in-use";

    /// <param name="townEnterpriseIds">Which of the named enterprises belong to the town, as found.</param>
    public static void EnsureEnterprisesOfTown(ChainNodeContent content, IReadOnlySet<Guid> townEnterpriseIds)
    {
        var foreign = content.EnterpriseIds.Where(id => !townEnterpriseIds.Contains(id)).ToList();
        if (foreign.Count > 0)
        {
            throw new InvalidValueException("content.enterprise_ids", $"are not all enterprises of the town: {string.Join(", ", foreign)}");
        }
    }

    public static void EnsureRemovable(int soughtGaps)
    {
        if (soughtGaps > 0)
        {
            throw new BusinessRuleException(InUseRule, $"{soughtGaps} open or in-talks gap(s) point at this node: fill, withdraw or move them first");
        }
    }
}
