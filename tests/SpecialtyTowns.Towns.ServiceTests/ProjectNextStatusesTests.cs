using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.ServiceTests;

[Collection(TownsCollection.Name)]
public sealed class ProjectNextStatusesTests(TownsHost host)
{
    [Fact]
    public async Task Project_WhenMovedThroughItsLifecycle_NamesTheMovesTheServiceAllowsNext()
    {
        var (_, owner, draft) = await host.DraftProjectAsync();
        var client = host.Projects(owner);

        var published = await client.ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = draft.Id, Status = "published" });
        var negotiating = await client.ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = draft.Id, Status = "negotiating" });
        var withdrawn = await client.ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = draft.Id, Status = "withdrawn" });

        Assert.Equal(["published", "withdrawn"], draft.NextStatuses);
        Assert.Equal(["negotiating", "withdrawn"], published.NextStatuses);
        Assert.Equal(["signed", "published", "withdrawn"], negotiating.NextStatuses);
        Assert.Empty(withdrawn.NextStatuses);
    }
}
