using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Enterprises.Domain.Chains;

/// <summary>One link of a town's industrial chain (产业链), with its status and the town's enterprises at it.</summary>
public sealed class ChainNode
{
    private ChainNode()
    {
    }

    public Guid Id { get; private set; }

    public Guid TownId { get; private set; }

    public string Chain { get; private set; } = string.Empty;

    public string? ChainEn { get; private set; }

    public ChainPosition Position { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? NameEn { get; private set; }

    public List<string> Products { get; private set; } = [];

    public ChainNodeStatus Status { get; private set; }

    public List<Guid> EnterpriseIds { get; private set; } = [];

    public string? Evidence { get; private set; }

    public int SortOrder { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    public int Version { get; private set; }

    /// <summary>A town's chain is the town's to edit (and an admin's).</summary>
    public static bool MayBeEditedBy(Caller caller, Guid townId) => caller.IsAdmin || caller.IsTown(townId);

    public static ChainNode Add(Guid townId, ChainNodeContent content, string actor, DateTimeOffset now)
    {
        var node = new ChainNode { Id = Guid.CreateVersion7(now), TownId = townId, Version = 1, UpdatedAt = now, UpdatedBy = actor };
        node.Set(content);
        return node;
    }

    public ChainNodeContent Content => new(Chain, ChainEn, Position, Name, NameEn, Products, Status, EnterpriseIds, Evidence, SortOrder);

    /// <summary>Replaces the content; returns whether anything changed.</summary>
    public bool Apply(ChainNodeContent content, string actor, DateTimeOffset now)
    {
        var current = Content;
        if (current with { Products = [], EnterpriseIds = [] } == content with { Products = [], EnterpriseIds = [] }
            && current.Products.SequenceEqual(content.Products)
            && current.EnterpriseIds.SequenceEqual(content.EnterpriseIds))
        {
            return false;
        }

        Set(content);
        UpdatedAt = now;
        UpdatedBy = actor;
        Version++;
        return true;
    }

    private void Set(ChainNodeContent content)
    {
        Chain = content.Chain;
        ChainEn = content.ChainEn;
        Position = content.Position;
        Name = content.Name;
        NameEn = content.NameEn;
        Products = [.. content.Products];
        Status = content.Status;
        EnterpriseIds = [.. content.EnterpriseIds];
        Evidence = content.Evidence;
        SortOrder = content.SortOrder;
    }
}
