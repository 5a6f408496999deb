using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class ProcessCrashTests(SystemFixture fixture)
{
    [Fact]
    public async Task TownRegistered_WhenLeadsIsDownAtPublishTime_IsConsumedAfterItRestarts()
    {
        var leads = fixture.System["leads"];
        await leads.KillAsync();
        string id;
        try
        {
            id = await fixture.RegisterTownAsync("宕机");

            await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/expo/exhibitor-towns/{id}"), TimeSpan.FromSeconds(30), "Expo, which stayed up");
        }
        finally
        {
            await leads.StartAsync(TimeSpan.FromSeconds(90));
        }

        await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/leads/town-directory/{id}"), TimeSpan.FromSeconds(60), "Leads after its restart");
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("leads"), "SELECT count(*) FROM town_directory WHERE town_id = $1", Guid.Parse(id)));
    }
}
