using SpecialtyTowns.Leads.Domain.Directory;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Directory;

public sealed class ChainNodeEntryTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_WhenARemovalCarriesTheSameVersion_MarksTheNodeRemoved()
    {
        var node = Node(version: 3, removed: false, name: "法兰锻造");

        var applied = node.Apply(Node(version: 3, removed: true, name: "法兰锻造"));

        Assert.True(applied);
        Assert.True(node.Removed);
    }

    [Fact]
    public void Apply_WhenAnEqualVersionIsNoRemoval_ChangesNothing()
    {
        var node = Node(version: 3, removed: false, name: "法兰锻造");

        var applied = node.Apply(Node(version: 3, removed: false, name: "旧名称"));

        Assert.False(applied);
        Assert.Equal("法兰锻造", node.Name);
    }

    [Fact]
    public void Apply_WhenAnOlderVersionArrivesAfterTheRemoval_KeepsTheNodeRemoved()
    {
        var node = Node(version: 3, removed: true, name: "法兰锻造");

        var applied = node.Apply(Node(version: 2, removed: false, name: "法兰锻造"));

        Assert.False(applied);
        Assert.True(node.Removed);
    }

    private static ChainNodeEntry Node(int version, bool removed, string name) =>
        ChainNodeEntry.From(Guid.Parse("7d1f0a52-3c1e-4a77-9f5e-3b7a8e2c0d11"), Guid.Parse("0b3c6e1a-9d2f-4e55-8a11-6c2d4f8e9a01"), "法兰", name, "midstream", removed, version, At);
}
