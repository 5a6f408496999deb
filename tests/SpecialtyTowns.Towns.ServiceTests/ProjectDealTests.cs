using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.ServiceTests;

/// <summary>Deals of the Leads service move their projects, through Leads' events on the real broker, exactly once.</summary>
[Collection(TownsCollection.Name)]
public sealed class ProjectDealTests(TownsHost host)
{
    private static readonly TimeSpan ConsumeDelay = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task DealSigned_WhenProjectPublished_MovesItThroughNegotiatingToSignedNamingTheDeal()
    {
        var (_, owner, project) = await host.PublishedProjectAsync();
        var signed = Signed(project);

        await host.PublishAsync(signed);
        var seen = await StatusEventuallyAsync(project.Id, "signed");

        var history = await host.Projects(owner).GetProjectHistoryAsync(new GetProjectHistoryRequest { Id = project.Id });
        var moves = history.Entries.Skip(2).ToList();
        Assert.Equal(new[] { "negotiating", "signed" }, moves.Select(e => e.ToStatus));
        Assert.All(moves, e => Assert.Equal($"deal:{signed.DealId}", e.Actor));
        Assert.All(moves, e => Assert.Contains(signed.DealId.ToString(), e.Note, StringComparison.Ordinal));
        Assert.All(moves, e => Assert.Contains("HT-2026-017", e.Note, StringComparison.Ordinal));
        Assert.Equal("signed", seen.Status);
        Assert.Equal(3, await host.CountOutboxAsync("ProjectStatusChanged", project.Id));
    }

    [Fact]
    public async Task DealSigned_WhenProjectNegotiating_MovesItToSignedOnly()
    {
        var (_, owner, project) = await host.PublishedProjectAsync();
        await host.Projects(owner).ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = project.Id, Status = "negotiating" });

        await host.PublishAsync(Signed(project));
        await StatusEventuallyAsync(project.Id, "signed");

        var history = await host.Projects(owner).GetProjectHistoryAsync(new GetProjectHistoryRequest { Id = project.Id });
        Assert.Equal(new[] { "draft", "published", "negotiating", "signed" }, history.Entries.Select(e => e.ToStatus));
    }

    [Fact]
    public async Task DealSigned_WhenRedeliveredWithSameMessageIdAndRepeatedWithAnother_MovesTheProjectOnce()
    {
        var (_, owner, project) = await host.PublishedProjectAsync();
        var signed = Signed(project);
        var messageId = Guid.NewGuid();
        var repeatId = Guid.NewGuid();

        await host.PublishAsync(signed, messageId);
        await host.PublishAsync(signed, messageId);
        await host.PublishAsync(signed, repeatId);
        await StatusEventuallyAsync(project.Id, "signed");
        await ConsumedAsync(messageId);
        await ConsumedAsync(repeatId);

        var history = await host.Projects(owner).GetProjectHistoryAsync(new GetProjectHistoryRequest { Id = project.Id });
        Assert.Equal(4, history.Entries.Count);
        Assert.Equal(3, await host.CountOutboxAsync("ProjectStatusChanged", project.Id));
    }

    [Fact]
    public async Task DealMilestoneReached_WhenInProductionAfterSigning_LandsTheProject()
    {
        var (_, owner, project) = await host.PublishedProjectAsync();
        var signed = Signed(project);
        await host.PublishAsync(signed);
        await StatusEventuallyAsync(project.Id, "signed");

        await host.PublishAsync(Milestone(signed, "construction-started"));
        await host.PublishAsync(Milestone(signed, "in-production"));
        await StatusEventuallyAsync(project.Id, "landed");

        var history = await host.Projects(owner).GetProjectHistoryAsync(new GetProjectHistoryRequest { Id = project.Id });
        var landed = history.Entries[^1];
        Assert.Equal(new[] { "draft", "published", "negotiating", "signed", "landed" }, history.Entries.Select(e => e.ToStatus));
        Assert.Equal($"deal:{signed.DealId}", landed.Actor);
        Assert.Contains("投产", landed.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DealMilestoneReached_WhenInProductionArrivesBeforeTheSigning_LandsTheProjectAndTheSigningChangesNothing()
    {
        var (_, owner, project) = await host.PublishedProjectAsync();
        var signed = Signed(project);

        await host.PublishAsync(Milestone(signed, "in-production"));
        await StatusEventuallyAsync(project.Id, "landed");
        var messageId = Guid.NewGuid();
        await host.PublishAsync(signed, messageId);
        await ConsumedAsync(messageId);

        var history = await host.Projects(owner).GetProjectHistoryAsync(new GetProjectHistoryRequest { Id = project.Id });
        Assert.Equal(new[] { "draft", "published", "negotiating", "signed", "landed" }, history.Entries.Select(e => e.ToStatus));
    }

    [Fact]
    public async Task DealSigned_WhenProjectDraft_LeavesItAsItIs()
    {
        var (_, owner, project) = await host.DraftProjectAsync();
        var signed = Signed(project);

        var messageId = Guid.NewGuid();
        await host.PublishAsync(signed, messageId);
        await ConsumedAsync(messageId);

        var seen = await host.Projects(owner).GetProjectAsync(new GetProjectRequest { Id = project.Id });
        Assert.Equal("draft", seen.Status);
    }

    private static DealSigned Signed(Project project) => new(
        Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.Parse(project.TownId), Guid.CreateVersion7(), "晋商投资有限公司", Guid.Parse(project.Id), null,
        300_000_000, new DateOnly(2026, 11, 20), "HT-2026-017", new DateOnly(2027, 3, 1), DateTimeOffset.UtcNow);

    private static DealMilestoneReached Milestone(DealSigned deal, string milestone) =>
        new(deal.DealId, deal.LeadId, deal.TownId, deal.ProjectId, null, milestone, new DateOnly(2026, 11, 28), DateTimeOffset.UtcNow);

    // A consumer that leaves a project alone changes nothing a test could wait on: its inbox row tells that it ran.
    private Task ConsumedAsync(Guid messageId) => Eventually.TrueAsync(
        async () => await host.CountAsync("SELECT count(*) FROM inbox_messages WHERE consumer = 'towns.projects.deal-signed' AND message_id = $1", messageId) == 1,
        ConsumeDelay,
        "the signing consumed");

    private Task<Project> StatusEventuallyAsync(string projectId, string status) => Eventually.GetAsync(
        async () => await host.Projects(TestCaller.Admin()).GetProjectAsync(new GetProjectRequest { Id = projectId }) is { } p && p.Status == status ? p : null,
        ConsumeDelay,
        $"project {projectId} {status}");
}
