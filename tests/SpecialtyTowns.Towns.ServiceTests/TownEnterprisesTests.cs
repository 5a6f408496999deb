using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.ServiceTests;

/// <summary>A town's enterprise count and leading enterprises, kept by Enterprises' events on the real broker.</summary>
[Collection(TownsCollection.Name)]
public sealed class TownEnterprisesTests(TownsHost host)
{
    private static readonly TimeSpan ConsumeDelay = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task GetTown_WhenEnterprisesRegistered_CountsThemAndListsTheLeadingOne()
    {
        var town = await RegisterTownAsync();
        var leading = Registered(town, "定襄法兰龙头", leading: true);
        var other = Registered(town, "定襄法兰配套", leading: false);

        await host.PublishAsync(leading);
        await host.PublishAsync(other);
        var seen = await TownWhenAsync(town, t => t.EnterpriseCount == 2, "two enterprises counted");

        var listed = Assert.Single(seen.LeadingEnterprises);
        Assert.Equal(leading.EnterpriseId.ToString(), listed.Id);
        Assert.Equal(leading.Name, listed.Name);
        Assert.Equal("Flange Co", listed.NameEn);
        Assert.True(await host.CountOutboxAsync("TownEnterprisesChanged", town.ToString()) >= 1);
    }

    [Fact]
    public async Task GetTown_WhenUpdateArrivesBeforeRegistrationAndAnOlderUpdateAfter_KeepsTheNewestState()
    {
        var town = await RegisterTownAsync();
        var registered = Registered(town, "原名企业", leading: false);
        var newest = Updated(registered, "新名企业", leading: true, version: 3);
        var older = Updated(registered, "旧名企业", leading: false, version: 2);

        await host.PublishAsync(newest);
        await TownWhenAsync(town, t => t.LeadingEnterprises.Count == 1, "the update applied");
        await PublishAndWaitAsync(registered, older);
        var seen = await host.Towns(TestCaller.Anonymous()).GetTownAsync(new GetTownRequest { Id = town.ToString() });

        Assert.Equal(1, seen.EnterpriseCount);
        Assert.Equal(newest.Name, Assert.Single(seen.LeadingEnterprises).Name);
    }

    [Fact]
    public async Task GetTown_WhenRegistrationRedeliveredWithSameMessageId_CountsItOnce()
    {
        var town = await RegisterTownAsync();
        var registered = Registered(town, "重复投递企业", leading: true);
        var messageId = Guid.NewGuid();

        await host.PublishAsync(registered, messageId);
        await host.PublishAsync(registered, messageId);
        await PublishAndWaitAsync(Registered(town, "后来企业", leading: false));
        var seen = await TownWhenAsync(town, t => t.EnterpriseCount >= 2, "both enterprises counted");

        Assert.Equal(2, seen.EnterpriseCount);
        Assert.Single(seen.LeadingEnterprises);
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM inbox_messages WHERE message_id = $1", messageId));
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM town_enterprises WHERE enterprise_id = $1", registered.EnterpriseId));
    }

    [Fact]
    public async Task GetTown_WhenEnterpriseStopsLeading_DropsItFromTheLeadingList()
    {
        var town = await RegisterTownAsync();
        var registered = Registered(town, "曾经龙头企业", leading: true);
        await host.PublishAsync(registered);
        await TownWhenAsync(town, t => t.LeadingEnterprises.Count == 1, "the leading enterprise listed");

        await host.PublishAsync(Updated(registered, registered.Name, leading: false, version: 2));
        var seen = await TownWhenAsync(town, t => t.LeadingEnterprises.Count == 0, "the enterprise no longer listed");

        Assert.Equal(1, seen.EnterpriseCount);
    }

    private static EnterpriseRegistered Registered(Guid town, string name, bool leading) =>
        new(Guid.CreateVersion7(), town, name + " " + Guid.NewGuid().ToString("N")[..6], ["法兰"], DateTimeOffset.UtcNow, "Flange Co", "C33", leading);

    private static EnterpriseUpdated Updated(EnterpriseRegistered registered, string name, bool leading, int version) =>
        new(registered.EnterpriseId, registered.TownId, name, registered.Products, registered.RegisteredAt.AddMinutes(version), registered.NameEn, "C33", leading, version);

    private async Task<Guid> RegisterTownAsync() =>
        Guid.Parse((await host.Towns(TestCaller.Admin()).RegisterTownAsync(TownsData.Registration())).Id);

    // Handled means the inbox holds the message: then its change is committed too.
    private async Task PublishAndWaitAsync(params object[] messages)
    {
        var ids = new List<Guid>();
        foreach (var message in messages)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            await (message switch
            {
                EnterpriseRegistered registered => host.PublishAsync(registered, id),
                EnterpriseUpdated updated => host.PublishAsync(updated, id),
                _ => throw new ArgumentException($"{message.GetType().Name} is not an Enterprises event", nameof(messages)),
            });
        }

        await Eventually.TrueAsync(
            async () => await host.CountAsync("SELECT count(*) FROM inbox_messages WHERE message_id = ANY($1)", ids.ToArray()) == ids.Count,
            ConsumeDelay,
            "every message handled");
    }

    private async Task<Town> TownWhenAsync(Guid town, Func<Town, bool> condition, string what) =>
        await Eventually.GetAsync(
            async () => await host.Towns(TestCaller.Anonymous()).GetTownAsync(new GetTownRequest { Id = town.ToString() }) is { } found && condition(found) ? found : null,
            ConsumeDelay,
            what);
}
