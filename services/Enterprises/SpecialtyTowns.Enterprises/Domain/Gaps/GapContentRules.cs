using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.SharedKernel.Industries;

namespace SpecialtyTowns.Enterprises.Domain.Gaps;

/// <summary>
/// What a gap's content must mean, beyond its shape: its node is a node of the gap's own town
/// (required for a town's gap), a volume is non-negative and has its unit, the industry is in the
/// shared taxonomy, and a new deadline is not in the past (in China) nor more than
/// <see cref="GapLimits.MaxDeadlineYearsAhead"/> years ahead. A revision keeping the deadline it
/// has passes even once that date is past, so a lapsed gap can still be corrected.
/// </summary>
public static class GapContentRules
{
    public const string NodeField = "content.chain_node_id";

    /// <param name="node">The node <paramref name="content"/> names, as found (null when unknown).</param>
    public static void Ensure(ChainGapContent content, GapPoster poster, ChainNode? node, DateOnly? currentDeadline, DateTimeOffset now)
    {
        if (content.ChainNodeId is { } nodeId && (node is null || node.Id != nodeId || node.TownId != poster.TownId))
        {
            throw new InvalidValueException(NodeField, $"'{nodeId}' is not a node of the gap's town's chain");
        }

        if (content.ChainNodeId is null && poster.EnterpriseId is null)
        {
            throw new InvalidValueException(NodeField, "is required for a town's gap (the node of its chain the gap is at)");
        }

        if (!Enum.IsDefined(content.Kind))
        {
            throw new InvalidValueException("content.kind", "must be one of: product, process, service");
        }

        if (content.YearlyVolume is { } volume)
        {
            Must(volume >= 0, "content.yearly_volume", "must not be negative");
            Must(volume <= GapLimits.MaxYearlyVolume, "content.yearly_volume", "is beyond any plausible yearly volume");
            Must(!string.IsNullOrWhiteSpace(content.VolumeUnit), "content.volume_unit", "is required with a yearly volume (e.g. 吨/年)");
        }

        Must(content.IndustryCode is null || IndustryTaxonomy.IsKnown(content.IndustryCode), "content.industry_code", "must be a GB/T 4754 code of the taxonomy (e.g. C27)");
        EnsureDeadline(content.Deadline, currentDeadline, now);
    }

    private static void EnsureDeadline(DateOnly? deadline, DateOnly? current, DateTimeOffset now)
    {
        if (deadline is not { } value || value == current)
        {
            return;
        }

        var today = PlausibleDates.TodayInChina(now);
        Must(value >= today, "content.deadline", $"must not be in the past (today is {today:yyyy-MM-dd})");
        var latest = today.AddYears(GapLimits.MaxDeadlineYearsAhead);
        Must(value <= latest, "content.deadline", $"must be within {GapLimits.MaxDeadlineYearsAhead} years (by {latest:yyyy-MM-dd})");
    }

    private static void Must(bool condition, string field, string message)
    {
        if (!condition)
        {
            throw new InvalidValueException(field, message);
        }
    }
}
