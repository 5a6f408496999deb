namespace SpecialtyTowns.Enterprises.Domain.Gaps;

/// <summary>
/// The moves a signed deal makes a gap take along <see cref="GapLifecycle"/>: an open gap goes through
/// in talks to filled, a gap in talks is filled. A filled gap needs no move (a repeated event changes
/// nothing) and a withdrawn one is no longer sought, so it is left alone.
/// </summary>
public static class GapDealPath
{
    public static IReadOnlyList<GapStatus> MovesToFilled(GapStatus current) => current switch
    {
        GapStatus.Open => [GapStatus.InTalks, GapStatus.Filled],
        GapStatus.InTalks => [GapStatus.Filled],
        _ => [],
    };
}
