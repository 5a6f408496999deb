using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Domain.Gaps;

/// <summary>
/// The allowed status moves of a gap: open → in talks → filled; talks that fall through go back
/// to open; open or in-talks gaps may be withdrawn; filled and withdrawn are final.
/// </summary>
public static class GapLifecycle
{
    public const string TransitionRule = "gap-status-transition";

    public const string EditableRule = "gap-editable";

    private static readonly Dictionary<GapStatus, GapStatus[]> Allowed = new()
    {
        [GapStatus.Open] = [GapStatus.InTalks, GapStatus.Withdrawn],
        [GapStatus.InTalks] = [GapStatus.Filled, GapStatus.Open, GapStatus.Withdrawn],
        [GapStatus.Filled] = [],
        [GapStatus.Withdrawn] = [],
    };

    public static bool CanMove(GapStatus from, GapStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<GapStatus> NextFrom(GapStatus from) => Allowed[from];

    public static void EnsureCanMove(GapStatus from, GapStatus to)
    {
        if (!CanMove(from, to))
        {
            var next = Allowed[from].Length == 0 ? "none: it is final" : string.Join(", ", Allowed[from].Select(GapKeys.Of));
            throw new BusinessRuleException(TransitionRule, $"A {GapKeys.Of(from)} gap cannot become {GapKeys.Of(to)}; allowed next: {next}");
        }
    }

    /// <summary>Content changes while the gap is sought (open or in talks); a final gap's record stands.</summary>
    public static bool IsEditable(GapStatus status) => status is GapStatus.Open or GapStatus.InTalks;

    public static void EnsureEditable(GapStatus status)
    {
        if (!IsEditable(status))
        {
            throw new BusinessRuleException(EditableRule, $"A {GapKeys.Of(status)} gap can no longer be edited");
        }
    }

    /// <summary>Still sought: counted on its node and listed on the town's chain map.</summary>
    public static bool IsSought(GapStatus status) => IsEditable(status);

    /// <summary>What everyone sees; withdrawn gaps stay with their poster, their town and admins.</summary>
    public static bool IsPublic(GapStatus status) => status != GapStatus.Withdrawn;
}
