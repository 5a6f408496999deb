extern alias leads;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using LeadsDbContext = leads::SpecialtyTowns.Leads.Infrastructure.LeadsDbContext;
using MatchFeedFollower = leads::SpecialtyTowns.Leads.Infrastructure.Matching.MatchFeedFollower;
using MatchFeedRetention = leads::SpecialtyTowns.Leads.Infrastructure.Matching.MatchFeedRetention;
using MatchIndex = leads::SpecialtyTowns.Leads.Domain.Matching.Engine.MatchIndex;
using MatchIndexLoader = leads::SpecialtyTowns.Leads.Infrastructure.Matching.MatchIndexLoader;
using Organisation = leads::SpecialtyTowns.Leads.Domain.Investors.InvestorOrganisation;
using OrganisationProfile = leads::SpecialtyTowns.Leads.Domain.Investors.OrganisationProfile;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>Retention of the match_changes feed against the real database: old rows go, never those a live replica still needs.</summary>
[Collection(LeadsCollection.Name)]
public sealed class MatchFeedRetentionTests(LeadsHost host)
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    [Fact]
    public async Task PruneAsync_WhenAnOldRowIsBeyondALiveReplicasPlace_KeepsItForThatReplica()
    {
        await using var scope = host.Server.Services.CreateAsyncScope();
        var loader = scope.ServiceProvider.GetRequiredService<MatchIndexLoader>();
        var follower = new MatchFeedFollower(new MatchIndex(), TimeProvider.System);
        await follower.LoadAsync(loader, null, CancellationToken.None);
        var organisationId = await OldChangeAsync();

        await PruneAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, await FeedRowsAsync(organisationId));
        Assert.True(await follower.FollowAsync(loader, CancellationToken.None) > 0);
        Assert.True(follower.Loaded);
        Assert.True(follower.Index.Current.OrganisationsById.ContainsKey(organisationId));
    }

    [Fact]
    public async Task PruneAsync_WhenNoLiveReplicaNeedsAnOldRow_DeletesItAndAReplicaBehindItReloads()
    {
        var goneId = await OldChangeAsync();
        await using var scope = host.Server.Services.CreateAsyncScope();
        var loader = scope.ServiceProvider.GetRequiredService<MatchIndexLoader>();
        var follower = new MatchFeedFollower(new MatchIndex(), TimeProvider.System);
        await follower.LoadAsync(loader, null, CancellationToken.None);
        var organisationId = await OldChangeAsync();
        await DeleteOldAsync(goneId);

        // A timeout of zero: no replica counts as live, as when this one has stopped reporting.
        var deleted = await PruneAsync(TimeSpan.Zero);
        var applied = await follower.FollowAsync(loader, CancellationToken.None);
        var missed = !follower.Loaded && !follower.Index.Current.OrganisationsById.ContainsKey(organisationId);
        await follower.LoadAsync(loader, null, CancellationToken.None);
        var followedAfterReload = await follower.FollowAsync(loader, CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.Equal(0, await FeedRowsAsync(organisationId));
        Assert.Equal(0, applied);
        Assert.True(missed, "the replica stopped following instead of skipping the pruned change");
        Assert.True(followedAfterReload >= 0 && follower.Loaded);
        Assert.True(follower.Index.Current.OrganisationsById.ContainsKey(organisationId));
        Assert.False(follower.Index.Current.OrganisationsById.ContainsKey(goneId), "a row deleted while the replica was behind stayed in its index");
    }

    [Fact]
    public async Task MatchMarks_WhenReadByOrganisationAndKind_UseTheOrganisationIndex()
    {
        await using var scope = host.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeadsDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // Off, so that the plan shows the index the query can use even on the test's small table.
        command.CommandText = "SET enable_seqscan = off; EXPLAIN SELECT offer_id FROM match_marks WHERE organisation_id = '00000000-0000-0000-0000-000000000001' AND offer_kind = 'Project' AND mark = 'NotInterested'";

        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        await connection.CloseAsync();
        Assert.Contains(plan, line => line.Contains("ix_match_marks_organisation", StringComparison.Ordinal));
    }

    /// <summary>A new organisation, whose feed row is then made older than the retention.</summary>
    private async Task<Guid> OldChangeAsync()
    {
        var organisation = Organisation.Register(
            new OrganisationProfile { Name = "留存投资 " + Guid.NewGuid().ToString("N")[..10], IndustriesSought = ["C33"], Languages = ["zh"], ConsentToContact = true },
            DateTimeOffset.UtcNow);
        await using var scope = host.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeadsDbContext>();
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlAsync($"UPDATE match_changes SET at = now() - interval '2 hours' WHERE id = {organisation.Id}");
        return organisation.Id;
    }

    /// <summary>Deletes the organisation's row; the delete's feed row is then made older than the retention.</summary>
    private async Task DeleteOldAsync(Guid organisationId)
    {
        await using var scope = host.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeadsDbContext>();
        await db.Database.ExecuteSqlAsync($"DELETE FROM investor_organisations WHERE id = {organisationId}");
        await db.Database.ExecuteSqlAsync($"UPDATE match_changes SET at = now() - interval '2 hours' WHERE id = {organisationId}");
    }

    private async Task<int> PruneAsync(TimeSpan replicaTimeout)
    {
        await using var scope = host.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MatchFeedRetention>().PruneAsync(Retention, replicaTimeout, CancellationToken.None);
    }

    private async Task<int> FeedRowsAsync(Guid id)
    {
        await using var scope = host.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeadsDbContext>();
        return await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM match_changes WHERE id = {id}").SingleAsync();
    }
}
