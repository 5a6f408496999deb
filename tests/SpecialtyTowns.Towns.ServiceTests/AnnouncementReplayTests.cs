extern alias towns;

using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SpecialtyTowns.TestKit;
using towns::SpecialtyTowns.Towns.Application;

namespace SpecialtyTowns.Towns.ServiceTests;

/// <summary>Towns announced again once on a database from before the consumers that need them (Enterprises' towns).</summary>
[Collection(TownsCollection.Name)]
public sealed class AnnouncementReplayTests(TownsHost host)
{
    [Fact]
    public async Task AnnounceExistingTowns_WhenTheDatabaseHadNoReplay_AnnouncesEveryTownOnceAndNeverAgain()
    {
        var town = await host.RegisterTownAsync();
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM announcement_replays WHERE name = $1", AnnounceExistingTowns.Replay));
        await ForgetReplayAsync();

        var first = await ReplayAsync();
        var second = await ReplayAsync();

        Assert.NotNull(first);
        Assert.True(first >= 1);
        Assert.Null(second);
        Assert.Equal(2, await host.CountOutboxAsync("TownRegistered", town.Id));
        Assert.Equal((long)first.Value, await host.CountAsync("SELECT messages FROM announcement_replays WHERE name = $1", AnnounceExistingTowns.Replay));
        await Eventually.TrueAsync(
            async () => await host.CountAsync("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND payload::text LIKE $1", "%" + town.Id + "%") == 0,
            TimeSpan.FromSeconds(20),
            "the replayed announcement published");
    }

    private async Task<int?> ReplayAsync()
    {
        using var scope = host.Server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AnnounceExistingTowns>().ExecuteAsync(CancellationToken.None);
    }

    /// <summary>As on a database from before the replay existed.</summary>
    private async Task ForgetReplayAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString(host.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("DELETE FROM announcement_replays", connection);
        await command.ExecuteNonQueryAsync();
    }
}
