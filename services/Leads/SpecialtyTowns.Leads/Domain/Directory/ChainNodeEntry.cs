namespace SpecialtyTowns.Leads.Domain.Directory;

/// <summary>
/// What Leads knows of a node of a town's industrial chain, from Enterprises' ChainNodeChanged: its
/// name and chain position (upstream, midstream, downstream), so a gap on it can be matched against
/// the chain positions an investor seeks. Events may arrive out of order: the newest version wins.
/// </summary>
public sealed class ChainNodeEntry
{
    private ChainNodeEntry()
    {
    }

    public Guid NodeId { get; private set; }

    public Guid TownId { get; private set; }

    public string Chain { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    /// <summary>upstream, midstream or downstream.</summary>
    public string Position { get; private set; } = string.Empty;

    public bool Removed { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset AsOf { get; private set; }

    public static ChainNodeEntry From(Guid nodeId, Guid townId, string chain, string name, string position, bool removed, int version, DateTimeOffset asOf) => new()
    {
        NodeId = nodeId,
        TownId = townId,
        Chain = chain,
        Name = name,
        Position = position,
        Removed = removed,
        Version = version,
        AsOf = asOf,
    };

    /// <summary>Applies a newer version; returns false (changing nothing) for one not newer than what is applied.</summary>
    public bool Apply(ChainNodeEntry newer)
    {
        // Enterprises announces a removal with the node's last version unchanged: at an equal version the
        // removal still applies (and nothing else can follow it).
        var removal = newer.Version == Version && newer.Removed && !Removed;
        if (newer.Version <= Version && !removal)
        {
            return false;
        }

        Chain = newer.Chain;
        Name = newer.Name;
        Position = newer.Position;
        Removed = newer.Removed;
        Version = newer.Version;
        AsOf = newer.AsOf;
        return true;
    }
}
