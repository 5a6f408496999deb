namespace SpecialtyTowns.Leads.Domain.Matching;

/// <summary>
/// Whose wish a one-way score or a reason speaks for: the investor's (does the offer fit what the
/// organisation seeks?) or the town's (is the organisation the partner the project or gap needs?).
/// </summary>
public enum MatchSide
{
    Investor,
    Town,
}
