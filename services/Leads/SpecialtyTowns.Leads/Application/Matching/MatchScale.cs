using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>The engine scores 0-1; the wire, the impressions and the events speak points 0-100 (one decimal).</summary>
public static class MatchScale
{
    public static double Points(double score) => Math.Round(score * 100, 1, MidpointRounding.AwayFromZero);

    /// <summary>investor or town, as events and the wire spell a side.</summary>
    public static string SideKey(MatchSide side) => side == MatchSide.Investor ? "investor" : "town";
}
