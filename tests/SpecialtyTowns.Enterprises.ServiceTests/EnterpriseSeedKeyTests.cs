extern alias enterprises;

using enterprises::SpecialtyTowns.Enterprises.Seeding;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>Seeded enterprises are matched on their seed key (data/enterprises.json), not on a name the town may change.</summary>
[Collection(EnterprisesCollection.Name)]
public sealed class EnterpriseSeedKeyTests(EnterprisesHost host)
{
    [Fact]
    public async Task RunSeedSteps_WhenASeededEnterpriseWasRenamed_DoesNotRegisterItAgain()
    {
        var town = EnterpriseRequests.Town("定襄法兰专业镇");
        await host.PublishAsync(town);
        await Eventually.TrueAsync(async () => await host.CountAsync("SELECT count(*) FROM enterprises WHERE town_id = $1", town.TownId) == 1, EnterpriseRequests.ConsumeDelay, "the seeded enterprise");
        var client = host.Client(TestCaller.Admin());
        var listed = await client.ListTownEnterprisesAsync(new ListTownEnterprisesRequest { TownId = town.TownId.ToString() });
        var seeded = await client.GetEnterpriseAsync(new GetEnterpriseRequest { Id = Assert.Single(listed.Enterprises).Id });
        var profile = seeded.Profile.Clone();
        profile.Name = "山西天宝集团股份有限公司";
        await client.UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = seeded.Id, Profile = profile, ExpectedVersion = seeded.Version });

        var ran = await host.Server.Services.GetRequiredService<TownSeeding>().RunAsync(town.TownId, CancellationToken.None);

        Assert.True(ran);
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM enterprises WHERE town_id = $1", town.TownId));
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM seeded_items WHERE town_id = $1 AND seed_key = 'tianbao-group'", town.TownId));
    }
}
