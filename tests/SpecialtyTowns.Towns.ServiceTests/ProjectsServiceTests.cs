using Grpc.Core;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.ServiceTests;

[Collection(TownsCollection.Name)]
public sealed class ProjectsServiceTests(TownsHost host)
{
    [Fact]
    public async Task CreateProject_WhenTownAccount_DraftsItForItsOwnTown()
    {
        var town = await host.RegisterTownAsync();
        var content = TownsData.Content();

        var project = await host.Projects(TestCaller.Town(Guid.Parse(town.Id))).CreateProjectAsync(new CreateProjectRequest { Content = content });

        Assert.True(Guid.TryParse(project.Id, out _));
        Assert.Equal(town.Id, project.TownId);
        Assert.Equal("draft", project.Status);
        Assert.Equal(content, project.Content);
        Assert.NotNull(project.CreatedAt);
        Assert.Null(project.PublishedAt);
    }

    [Fact]
    public async Task CreateProject_WhenAdminNamesTheTown_DraftsItForThatTown()
    {
        var town = await host.RegisterTownAsync();

        var project = await host.Projects(TestCaller.Admin()).CreateProjectAsync(new CreateProjectRequest { TownId = town.Id, Content = TownsData.Content() });

        Assert.Equal(town.Id, project.TownId);
    }

    [Fact]
    public async Task CreateProject_WhenAdminNamesNoTown_FailsInvalidArgumentNamingTownId()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Projects(TestCaller.Admin()).CreateProjectAsync(new CreateProjectRequest { Content = TownsData.Content() }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("town_id", Fields(error));
    }

    [Fact]
    public async Task CreateProject_WhenAdminSendsNothing_NamesTheTownAndEveryContentFieldAtOnce()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Projects(TestCaller.Admin()).CreateProjectAsync(new CreateProjectRequest { Content = new ProjectContent { AmountMinFen = -1 } }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = Fields(error);
        Assert.Contains("town_id", fields);
        Assert.Contains("content.title", fields);
        Assert.Contains("content.description", fields);
        Assert.Contains("content.amount_min_fen", fields);
    }

    private static List<string> Fields(RpcException error) =>
        error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field).ToList();

    [Fact]
    public async Task CreateProject_WhenTownNamesAnotherTown_FailsPermissionDenied()
    {
        var other = await host.RegisterTownAsync();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => host.Projects(TestCaller.Town(Guid.NewGuid())).CreateProjectAsync(new CreateProjectRequest { TownId = other.Id, Content = TownsData.Content() }).ResponseAsync);
    }

    [Fact]
    public async Task CreateProject_WhenTownUnknown_FailsNotFound()
    {
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => host.Projects(TestCaller.Admin()).CreateProjectAsync(new CreateProjectRequest { TownId = Guid.NewGuid().ToString(), Content = TownsData.Content() }).ResponseAsync);
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task CreateProject_WhenRoleMayNotPost_FailsPermissionDenied(string role)
    {
        var town = await host.RegisterTownAsync();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => host.Projects(TestCaller.OfRole(role)).CreateProjectAsync(new CreateProjectRequest { TownId = town.Id, Content = TownsData.Content() }).ResponseAsync);
    }

    [Fact]
    public async Task CreateProject_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => host.Projects(null).CreateProjectAsync(new CreateProjectRequest { Content = TownsData.Content() }).ResponseAsync);
    }

    [Fact]
    public async Task CreateProject_WhenRetriedWithSameRequestId_ReturnsTheFirstProject()
    {
        var town = await host.RegisterTownAsync();
        var client = host.Projects(TestCaller.Town(Guid.Parse(town.Id)));
        var request = new CreateProjectRequest { RequestId = Guid.NewGuid().ToString(), Content = TownsData.Content() };

        var first = await client.CreateProjectAsync(request);
        var retry = await client.CreateProjectAsync(request);

        Assert.Equal(StoredPrecision.Of(first), retry);
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM projects WHERE town_id = $1", Guid.Parse(town.Id)));
    }

    [Fact]
    public async Task CreateProject_WhenContentInvalid_FailsInvalidArgumentNamingTheFields()
    {
        var town = await host.RegisterTownAsync();
        var content = TownsData.Content();
        content.Title = string.Empty;
        content.IndustryCode = "Z99";
        content.AmountMaxFen = content.AmountMinFen - 1;
        content.CooperationModes.Add("barter");
        content.Deadline = "30/06/2027";

        await RpcAssert.InvalidArgumentAsync(
            () => host.Projects(TestCaller.Town(Guid.Parse(town.Id))).CreateProjectAsync(new CreateProjectRequest { TownId = "x", Content = content }).ResponseAsync,
            "town_id", "content.title", "content.industry_code", "content.amount_max_fen", "content.cooperation_modes", "content.deadline");
        await RpcAssert.InvalidArgumentAsync(
            () => host.Projects(TestCaller.Town(Guid.Parse(town.Id))).CreateProjectAsync(new CreateProjectRequest { Content = content }).ResponseAsync,
            "content.title", "content.industry_code", "content.amount_max_fen", "content.cooperation_modes", "content.deadline");
        await RpcAssert.InvalidArgumentAsync(
            () => host.Projects(TestCaller.Town(Guid.Parse(town.Id))).CreateProjectAsync(new CreateProjectRequest()).ResponseAsync,
            "content");
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("-1d")]
    [InlineData("+3700d")]
    public async Task CreateProject_WhenDeadlineImplausible_FailsInvalidArgumentNamingItAndStoresNothing(string deadline)
    {
        var town = await host.RegisterTownAsync();
        var content = TownsData.Content();
        content.Deadline = deadline.EndsWith('d') ? TownsData.DaysFromToday(int.Parse(deadline[..^1], System.Globalization.CultureInfo.InvariantCulture)) : deadline;

        await RpcAssert.InvalidArgumentAsync(
            () => host.Projects(TestCaller.Town(Guid.Parse(town.Id))).CreateProjectAsync(new CreateProjectRequest { Content = content }).ResponseAsync,
            "content.deadline");
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM projects WHERE town_id = $1", Guid.Parse(town.Id)));
    }

    [Fact]
    public async Task CreateProject_WhenContactEmailAndPhoneMalformed_FailsInvalidArgumentNamingThemAndStoresNothing()
    {
        var town = await host.RegisterTownAsync();
        var content = TownsData.Content();
        content.ContactEmail = "not-email";
        content.ContactPhone = "12345";

        await RpcAssert.InvalidArgumentAsync(
            () => host.Projects(TestCaller.Town(Guid.Parse(town.Id))).CreateProjectAsync(new CreateProjectRequest { Content = content }).ResponseAsync,
            "content.contact_email", "content.contact_phone");
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM projects WHERE town_id = $1", Guid.Parse(town.Id)));
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("admin")]
    public async Task UpdateProject_WhenTownIdIsAnotherTowns_FailsInvalidArgumentNamingItAndChangesNothing(string who)
    {
        var (_, owner, project) = await host.DraftProjectAsync();
        var other = await host.RegisterTownAsync();
        var content = project.Content.Clone();
        content.Title = TownsData.Unique("改名");

        await RpcAssert.InvalidArgumentAsync(
            () => host.Projects(who == "owner" ? owner : TestCaller.Admin()).UpdateProjectAsync(new UpdateProjectRequest { Id = project.Id, TownId = other.Id, Content = content }).ResponseAsync,
            "town_id");
        var stored = await host.Projects(owner).GetProjectAsync(new GetProjectRequest { Id = project.Id });
        Assert.Equal(project.TownId, stored.TownId);
        Assert.Equal(project.Content.Title, stored.Content.Title);
        Assert.Equal(0, await host.CountOutboxAsync("ProjectUpdated", project.Id));
    }

    [Fact]
    public async Task UpdateProject_WhenTownIdIsItsOwn_ReplacesTheContent()
    {
        var (town, owner, project) = await host.DraftProjectAsync();
        var content = project.Content.Clone();
        content.Title = TownsData.Unique("改名");

        var updated = await host.Projects(owner).UpdateProjectAsync(new UpdateProjectRequest { Id = project.Id, TownId = town.Id, Content = content });

        Assert.Equal(content.Title, updated.Content.Title);
    }

    [Fact]
    public async Task UpdateProject_WhenDeadlineMovedIntoThePast_FailsInvalidArgumentNamingIt()
    {
        var (_, owner, project) = await host.DraftProjectAsync();
        var content = project.Content.Clone();
        content.Deadline = TownsData.DaysFromToday(-2);

        await RpcAssert.InvalidArgumentAsync(
            () => host.Projects(owner).UpdateProjectAsync(new UpdateProjectRequest { Id = project.Id, Content = content }).ResponseAsync,
            "content.deadline");
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("admin")]
    public async Task GetProject_WhenDraftAndOwnerOrAdmin_ReturnsIt(string who)
    {
        var (_, owner, project) = await host.DraftProjectAsync();

        var found = await host.Projects(who == "owner" ? owner : TestCaller.Admin()).GetProjectAsync(new GetProjectRequest { Id = project.Id });

        Assert.Equal(StoredPrecision.Of(project), found);
    }

    [Theory]
    [InlineData("town")]
    [InlineData("investor")]
    [InlineData("enterprise")]
    [InlineData("anonymous")]
    public async Task GetProject_WhenDraftAndNotOwner_FailsNotFound(string role)
    {
        var (_, _, project) = await host.DraftProjectAsync();

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => host.Projects(TestCaller.OfRole(role)).GetProjectAsync(new GetProjectRequest { Id = project.Id }).ResponseAsync);
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("investor")]
    [InlineData("town")]
    public async Task GetProject_WhenPublished_ReturnsItToAnyone(string role)
    {
        var (_, _, project) = await host.PublishedProjectAsync();

        var found = await host.Projects(TestCaller.OfRole(role)).GetProjectAsync(new GetProjectRequest { Id = project.Id });

        Assert.Equal("published", found.Status);
        Assert.NotNull(found.PublishedAt);
    }

    [Fact]
    public async Task GetProject_WhenUnknownOrIdInvalid_FailsNotFoundOrInvalidArgument()
    {
        var client = host.Projects(TestCaller.Admin());

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetProjectAsync(new GetProjectRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => client.GetProjectAsync(new GetProjectRequest { Id = "p-1" }).ResponseAsync, "id");
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("admin")]
    public async Task UpdateProject_WhenOwnerOrAdmin_ReplacesTheContentAndWritesProjectUpdated(string who)
    {
        var (_, owner, project) = await host.DraftProjectAsync();
        var content = TownsData.Content();

        var updated = await host.Projects(who == "owner" ? owner : TestCaller.Admin()).UpdateProjectAsync(new UpdateProjectRequest { Id = project.Id, Content = content });

        Assert.Equal(content, updated.Content);
        Assert.Equal(1, await host.CountOutboxAsync("ProjectUpdated", project.Id));
    }

    [Fact]
    public async Task UpdateProject_WhenContentUnchanged_WritesNoEvent()
    {
        var (_, owner, project) = await host.DraftProjectAsync();

        await host.Projects(owner).UpdateProjectAsync(new UpdateProjectRequest { Id = project.Id, Content = project.Content });

        Assert.Equal(0, await host.CountOutboxAsync("ProjectUpdated", project.Id));
    }

    [Fact]
    public async Task UpdateProject_WhenAnotherTownsPublishedProject_FailsPermissionDenied()
    {
        var (_, _, project) = await host.PublishedProjectAsync();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => host.Projects(TestCaller.Town(Guid.NewGuid())).UpdateProjectAsync(new UpdateProjectRequest { Id = project.Id, Content = TownsData.Content() }).ResponseAsync);
    }

    [Fact]
    public async Task UpdateProject_WhenAnotherTownsDraft_FailsNotFound()
    {
        var (_, _, project) = await host.DraftProjectAsync();

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => host.Projects(TestCaller.Town(Guid.NewGuid())).UpdateProjectAsync(new UpdateProjectRequest { Id = project.Id, Content = TownsData.Content() }).ResponseAsync);
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task UpdateProject_WhenRoleMayNotEdit_FailsPermissionDenied(string role)
    {
        var (_, _, project) = await host.PublishedProjectAsync();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => host.Projects(TestCaller.OfRole(role)).UpdateProjectAsync(new UpdateProjectRequest { Id = project.Id, Content = TownsData.Content() }).ResponseAsync);
    }

    [Fact]
    public async Task UpdateProject_WhenContentInvalid_FailsInvalidArgument()
    {
        var (_, owner, project) = await host.DraftProjectAsync();
        var content = TownsData.Content();
        content.LandAreaSquareMetres = "-5";

        await RpcAssert.InvalidArgumentAsync(() => host.Projects(owner).UpdateProjectAsync(new UpdateProjectRequest { Id = project.Id, Content = content }).ResponseAsync, "content.land_area_square_metres");
    }

    [Fact]
    public async Task ChangeProjectStatus_WhenDraftPublished_SetsPublishedAtAndWritesBothEvents()
    {
        var (_, owner, project) = await host.DraftProjectAsync();

        var published = await host.Projects(owner).ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = project.Id, Status = "published", Note = "批准" });

        Assert.Equal("published", published.Status);
        Assert.NotNull(published.PublishedAt);
        Assert.Equal(1, await host.CountOutboxAsync("ProjectStatusChanged", project.Id));
        Assert.Equal(1, await host.CountOutboxAsync("ProjectPublished", project.Id));
    }

    [Fact]
    public async Task ChangeProjectStatus_WhenWithdrawn_WritesProjectWithdrawn()
    {
        var (_, owner, project) = await host.PublishedProjectAsync();

        var withdrawn = await host.Projects(TestCaller.Admin()).ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = project.Id, Status = "withdrawn" });

        Assert.Equal("withdrawn", withdrawn.Status);
        Assert.Equal(1, await host.CountOutboxAsync("ProjectWithdrawn", project.Id));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => host.Projects(TestCaller.Investor()).GetProjectAsync(new GetProjectRequest { Id = project.Id }).ResponseAsync);
        Assert.Equal("withdrawn", (await host.Projects(owner).GetProjectAsync(new GetProjectRequest { Id = project.Id })).Status);
    }

    [Fact]
    public async Task ChangeProjectStatus_WhenStepSkipped_FailsFailedPrecondition()
    {
        var (_, owner, project) = await host.DraftProjectAsync();

        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => host.Projects(owner).ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = project.Id, Status = "signed" }).ResponseAsync);
        Assert.Equal(0, await host.CountOutboxAsync("ProjectStatusChanged", project.Id));
    }

    [Fact]
    public async Task ChangeProjectStatus_WhenStatusUnknown_FailsInvalidArgument()
    {
        var (_, owner, project) = await host.DraftProjectAsync();

        await RpcAssert.InvalidArgumentAsync(() => host.Projects(owner).ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = project.Id, Status = "Published" }).ResponseAsync, "status");
    }

    [Fact]
    public async Task ChangeProjectStatus_WhenAnotherTown_FailsPermissionDenied()
    {
        var (_, _, project) = await host.PublishedProjectAsync();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => host.Projects(TestCaller.Town(Guid.NewGuid())).ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = project.Id, Status = "negotiating" }).ResponseAsync);
    }

    [Fact]
    public async Task GetProjectHistory_WhenOwner_ListsCreationAndEveryMove()
    {
        var (_, owner, project) = await host.PublishedProjectAsync();
        await host.Projects(owner).ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = project.Id, Status = "negotiating", Note = "与投资方洽谈" });

        var history = await host.Projects(owner).GetProjectHistoryAsync(new GetProjectHistoryRequest { Id = project.Id });

        Assert.Equal(new[] { "created", "status-changed", "status-changed" }, history.Entries.Select(e => e.Action));
        Assert.Equal(new[] { "draft", "published", "negotiating" }, history.Entries.Select(e => e.ToStatus));
        Assert.Equal("与投资方洽谈", history.Entries[2].Note);
        Assert.All(history.Entries, e => Assert.Equal(owner.Subject, e.Actor));
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("town")]
    [InlineData("anonymous")]
    public async Task GetProjectHistory_WhenNotOwner_FailsPermissionDenied(string role)
    {
        var (_, _, project) = await host.PublishedProjectAsync();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => host.Projects(TestCaller.OfRole(role)).GetProjectHistoryAsync(new GetProjectHistoryRequest { Id = project.Id }).ResponseAsync);
    }

    [Fact]
    public async Task CreateProject_WhenTitleHasNul_FailsInvalidArgumentAndStoresNothingWhileDescriptionMayHaveLines()
    {
        var town = await host.RegisterTownAsync();
        var content = TownsData.Content();
        content.Title += "\u0000";
        content.Description = "第一段\n\n第二段";

        await RpcAssert.InvalidArgumentAsync(
            () => host.Projects(TestCaller.Admin()).CreateProjectAsync(new CreateProjectRequest { TownId = town.Id, Content = content }).ResponseAsync,
            "content.title");
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM projects WHERE town_id = $1", Guid.Parse(town.Id)));
    }
}
