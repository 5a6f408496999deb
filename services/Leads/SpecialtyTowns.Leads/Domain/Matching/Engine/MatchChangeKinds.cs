namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>The kinds the match_changes triggers write (Matching migration).</summary>
public static class MatchChangeKinds
{
    public const string Organisation = "organisation";
    public const string Project = "project";
    public const string Gap = "gap";
    public const string Town = "town";
    public const string ChainNode = "chain-node";
}
