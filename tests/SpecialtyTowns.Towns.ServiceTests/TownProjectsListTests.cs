using Grpc.Core;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.ServiceTests;

[Collection(TownsCollection.Name)]
public sealed class TownProjectsListTests(TownsHost host)
{
    [Theory]
    [InlineData("anonymous")]
    [InlineData("investor")]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    [InlineData("town")]
    public async Task ListTownProjects_WhenNotTheTownNorAdmin_ListsOnlyItsPublicProjects(string role)
    {
        var (town, projects) = await TownWithDraftPublishedAndWithdrawnAsync();

        var list = await host.Projects(TestCaller.OfRole(role)).ListTownProjectsAsync(new ListTownProjectsRequest { TownId = town.Id });

        Assert.Equal([projects.Published], list.Projects.Select(p => p.Id));
        Assert.Equal(1, list.Total);
    }

    [Fact]
    public async Task ListTownProjects_WhenTheTownItself_ListsEveryStatusNewestFirst()
    {
        var (town, projects) = await TownWithDraftPublishedAndWithdrawnAsync();

        var list = await host.Projects(TestCaller.Town(Guid.Parse(town.Id))).ListTownProjectsAsync(new ListTownProjectsRequest { TownId = town.Id });

        Assert.Equal([projects.Withdrawn, projects.Published, projects.Draft], list.Projects.Select(p => p.Id));
        Assert.Equal(["withdrawn", "published", "draft"], list.Projects.Select(p => p.Status));
        Assert.Equal((3, 1, 20), (list.Total, list.Page, list.PageSize));
    }

    [Fact]
    public async Task ListTownProjects_WhenAdmin_ListsEveryStatus()
    {
        var (town, _) = await TownWithDraftPublishedAndWithdrawnAsync();

        var list = await host.Projects(TestCaller.Admin()).ListTownProjectsAsync(new ListTownProjectsRequest { TownId = town.Id });

        Assert.Equal(3, list.Total);
    }

    [Fact]
    public async Task ListTownProjects_WhenPaged_ReturnsEachProjectOnceWithTheTotal()
    {
        var (town, projects) = await TownWithDraftPublishedAndWithdrawnAsync();
        var client = host.Projects(TestCaller.Town(Guid.Parse(town.Id)));

        var first = await client.ListTownProjectsAsync(new ListTownProjectsRequest { TownId = town.Id, Page = 1, PageSize = 2 });
        var second = await client.ListTownProjectsAsync(new ListTownProjectsRequest { TownId = town.Id, Page = 2, PageSize = 2 });

        Assert.Equal([projects.Withdrawn, projects.Published], first.Projects.Select(p => p.Id));
        Assert.Equal([projects.Draft], second.Projects.Select(p => p.Id));
        Assert.Equal((3, 3), (first.Total, second.Total));
    }

    [Fact]
    public async Task ListTownProjects_WhenTownUnknown_FailsNotFound()
    {
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => host.Projects(TestCaller.Anonymous()).ListTownProjectsAsync(new ListTownProjectsRequest { TownId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task ListTownProjects_WhenRequestMalformed_FailsInvalidArgumentNamingEachField()
    {
        await RpcAssert.InvalidArgumentAsync(
            () => host.Projects(TestCaller.Anonymous()).ListTownProjectsAsync(new ListTownProjectsRequest { TownId = "x", Page = -1, PageSize = 101 }).ResponseAsync,
            "town_id", "page", "page_size");
    }

    [Fact]
    public async Task ListTownProjects_WithoutToken_FailsUnauthenticated()
    {
        var town = await host.RegisterTownAsync();

        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => host.Projects(null).ListTownProjectsAsync(new ListTownProjectsRequest { TownId = town.Id }).ResponseAsync);
    }

    private async Task<(Town Town, (string Draft, string Published, string Withdrawn) Projects)> TownWithDraftPublishedAndWithdrawnAsync()
    {
        var town = await host.RegisterTownAsync();
        var owner = host.Projects(TestCaller.Town(Guid.Parse(town.Id)));
        var draft = await owner.CreateProjectAsync(new CreateProjectRequest { Content = TownsData.Content() });
        var published = await owner.CreateProjectAsync(new CreateProjectRequest { Content = TownsData.Content() });
        await owner.ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = published.Id, Status = "published" });
        var withdrawn = await owner.CreateProjectAsync(new CreateProjectRequest { Content = TownsData.Content() });
        await owner.ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = withdrawn.Id, Status = "withdrawn" });
        return (town, (draft.Id, published.Id, withdrawn.Id));
    }
}
