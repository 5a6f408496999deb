namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>The ids of the rows put or removed since the last incremental snapshot, by kind.</summary>
internal sealed class MatchIndexChanges
{
    public HashSet<Guid> Organisations { get; } = [];

    public HashSet<Guid> Projects { get; } = [];

    public HashSet<Guid> Gaps { get; } = [];

    public HashSet<Guid> Towns { get; } = [];

    public HashSet<Guid> Nodes { get; } = [];

    public void Clear()
    {
        Organisations.Clear();
        Projects.Clear();
        Gaps.Clear();
        Towns.Clear();
        Nodes.Clear();
    }
}
