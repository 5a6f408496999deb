extern alias expo;

using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using expo::SpecialtyTowns.Expo.Application;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>Expo events announced again once on a database from before Leads' directory of events.</summary>
[Collection(ExpoCollection.Name)]
public sealed class ExpoEventReplayTests(ExpoHost host)
{
    [Fact]
    public async Task AnnounceExistingEvents_WhenTheDatabaseHadNoReplay_AnnouncesEveryEventOnceAndNeverAgain()
    {
        var opening = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3);
        var created = await host.Client<ExpoService.ExpoServiceClient>(TestCaller.Organizer()).CreateEventAsync(new CreateEventRequest
        {
            Name = "晋商投资洽谈会 " + Guid.NewGuid().ToString("N")[..8],
            City = "太原市",
            StartsOn = opening.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            EndsOn = opening.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        await TestDatabase.ExecuteAsync(host.Database, "DELETE FROM announcement_replays WHERE name = $1", AnnounceExistingEvents.Replay);

        var first = await ReplayAsync();
        var second = await ReplayAsync();

        Assert.True(first >= 1);
        Assert.Null(second);
        Assert.Equal(2, await host.CountOutboxAsync("ExpoEventScheduled", created.Id));
        Assert.Equal((long)first.Value, await host.CountAsync("SELECT messages FROM announcement_replays WHERE name = $1", AnnounceExistingEvents.Replay));
    }

    private async Task<int?> ReplayAsync()
    {
        using var scope = host.Server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AnnounceExistingEvents>().ExecuteAsync(CancellationToken.None);
    }
}
