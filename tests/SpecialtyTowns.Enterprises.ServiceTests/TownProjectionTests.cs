using SpecialtyTowns.SharedKernel.Identifiers;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;
using static SpecialtyTowns.Enterprises.ServiceTests.EnterpriseRequests;

namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>Enterprises learns towns from Towns' events, in any order, and seeds each town's enterprises.</summary>
[Collection(EnterprisesCollection.Name)]
public sealed class TownProjectionTests(EnterprisesHost host)
{
    [Fact]
    public async Task TownUpdated_WhenItFollowsRegistration_RenamesTheTownInAnswers()
    {
        var town = Town();
        var townId = await host.KnownTownAsync(town);
        var enterprise = await host.RegisterAsync(townId);

        await host.PublishAsync(new TownUpdated(townId, town.Name + " 新名", "New Name", "晋中市", "祁县", "玻璃", town.RegisteredAt.AddMinutes(1)));
        var renamed = await Eventually.GetAsync(
            async () => await host.Client(TestCaller.Anonymous()).GetEnterpriseAsync(new GetEnterpriseRequest { Id = enterprise.Id }) is { } e && e.TownName.EndsWith(" 新名", StringComparison.Ordinal) ? e : null,
            ConsumeDelay,
            "the new town name");

        Assert.Equal(("New Name", "晋中市"), (renamed.TownNameEn, renamed.City));
    }

    [Fact]
    public async Task TownRegistered_WhenItArrivesAfterANewerUpdate_KeepsTheUpdatedNames()
    {
        var town = Town();
        await host.PublishAsync(new TownUpdated(town.TownId, "更新后的名字 " + town.TownId.ToString("N")[..6], null, "晋中市", null, "玻璃", town.RegisteredAt.AddMinutes(5)));
        await Eventually.TrueAsync(async () => await host.CountAsync("SELECT count(*) FROM towns WHERE town_id = $1", town.TownId) == 1, ConsumeDelay, "the update");

        var handled = await RegistrationsHandledAsync();

        await host.PublishAsync(town);
        await Eventually.TrueAsync(async () => await RegistrationsHandledAsync() > handled, ConsumeDelay, "the registration handled");

        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM towns WHERE town_id = $1 AND name LIKE '更新后的名字%' AND city = '晋中市'", town.TownId));
    }

    [Fact]
    public async Task TownRegistered_WhenASeedTownIsAnnounced_RegistersItsEnterprisesOnceWithTheirSources()
    {
        var town = Town("定襄法兰专业镇");

        var townId = await host.KnownTownAsync(town);
        var list = await Eventually.GetAsync(
            async () => await host.Client(TestCaller.Anonymous()).ListTownEnterprisesAsync(new ListTownEnterprisesRequest { TownId = townId.ToString() }) is { Total: > 0 } found ? found : null,
            ConsumeDelay,
            "the seeded enterprises");
        var handled = await RegistrationsHandledAsync();

        await host.PublishAsync(town with { });
        await Eventually.TrueAsync(async () => await RegistrationsHandledAsync() > handled, ConsumeDelay, "the repeated registration handled");
        var counts = await CountsOverAsync(() => host.CountAsync("SELECT count(*) FROM enterprises WHERE town_id = $1", townId), TimeSpan.FromSeconds(2));

        var tianbao = Assert.Single(list.Enterprises);
        Assert.Equal(("山西天宝集团有限公司", true, "80"), (tianbao.Profile.Name, tianbao.Profile.Leading, tianbao.Profile.CncRatePercent));
        Assert.StartsWith("000_c8ebae3fd5858645.txt: 「", tianbao.Profile.Source, StringComparison.Ordinal);
        Assert.Equal(string.Empty, tianbao.Profile.UnifiedSocialCreditCode);
        // Registered once; announced at its registration and again in answer to the town's repeated announcement (Towns' replay).
        Assert.Equal(2, await host.CountOutboxAsync("EnterpriseRegistered", tianbao.Id));
        Assert.All(counts, c => Assert.Equal(1, c));
    }

    [Fact]
    public async Task TownRegistered_WhenTheDatongPharmaTownIsAnnounced_RegistersItsThreeFirms()
    {
        var townId = await host.KnownTownAsync(Town("大同经济技术开发区医药专业镇"));

        var list = await Eventually.GetAsync(
            async () => await host.Client(TestCaller.Anonymous()).ListTownEnterprisesAsync(new ListTownEnterprisesRequest { TownId = townId.ToString() }) is { Total: 3 } found ? found : null,
            ConsumeDelay,
            "the three seeded enterprises");

        Assert.Contains(list.Enterprises, e => e.Profile.Name == "广盛原中医药有限公司" && e.Profile.Products.Contains("大山楂丸"));
    }

    // Seeding runs after the inbox commit: a repeat would show within moments, so the count is watched a while.
    private static async Task<List<long>> CountsOverAsync(Func<Task<long>> count, TimeSpan period)
    {
        var counts = new List<long>();
        var end = DateTime.UtcNow + period;
        while (DateTime.UtcNow < end)
        {
            counts.Add(await count());
            await Task.Delay(200);
        }

        return counts;
    }

    private Task<long> RegistrationsHandledAsync() =>
        host.CountAsync("SELECT count(*) FROM inbox_messages WHERE consumer = 'enterprises.towns.town-registered'");
}
