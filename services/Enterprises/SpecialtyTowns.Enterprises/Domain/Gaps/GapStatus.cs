namespace SpecialtyTowns.Enterprises.Domain.Gaps;

/// <summary>A gap's lifecycle: open → in talks → filled, back to open from talks, or withdrawn.</summary>
public enum GapStatus
{
    Open = 0,
    InTalks = 1,
    Filled = 2,
    Withdrawn = 3,
}
