using Grpc.Core;
using SpecialtyTowns.Common.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.ServiceTests;

[Collection(TownsCollection.Name)]
public sealed class TownsServiceTests(TownsHost host)
{
    [Fact]
    public async Task RegisterTown_WhenAdmin_ReturnsTheTownAndWritesTownRegistered()
    {
        var request = TownsData.Registration();

        var town = await host.Towns(TestCaller.Admin()).RegisterTownAsync(request);

        Assert.True(Guid.TryParse(town.Id, out _));
        Assert.Equal(request.Name, town.Name);
        Assert.Equal("Test Town", town.NameEn);
        Assert.Equal("太原市", town.City);
        Assert.Equal("清徐县", town.County);
        Assert.Equal(TownLevel.Provincial, town.Level);
        Assert.Equal(TownCategory.SpecialtyLightIndustry, town.Category);
        Assert.Equal("老陈醋", town.MainIndustry);
        Assert.Equal(new[] { "酿醋历史三千年" }, town.Facts);
        Assert.InRange(town.RegisteredAt.ToDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(1, await host.CountOutboxAsync("TownRegistered", town.Id));
    }

    [Fact]
    public async Task RegisterTown_WhenRetriedWithSameRequestId_ReturnsFirstTownAndOneEvent()
    {
        var request = TownsData.Registration(requestId: Guid.NewGuid().ToString());
        var admin = host.Towns(TestCaller.Admin());

        var first = await admin.RegisterTownAsync(request);
        var retry = await admin.RegisterTownAsync(request);

        Assert.Equal(StoredPrecision.Of(first), retry);
        Assert.Equal(1, await host.CountOutboxAsync("TownRegistered", first.Id));
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM towns WHERE name = $1", request.Name));
    }

    [Fact]
    public async Task RegisterTown_WhenRetriedConcurrently_EveryCallGetsTheOneTown()
    {
        var request = TownsData.Registration(requestId: Guid.NewGuid().ToString());
        var admin = host.Towns(TestCaller.Admin());

        var towns = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => admin.RegisterTownAsync(request).ResponseAsync));

        Assert.Single(towns.Select(t => t.Id).Distinct());
        Assert.Equal(1, await host.CountOutboxAsync("TownRegistered", towns[0].Id));
    }

    [Fact]
    public async Task RegisterTown_WhenNameTaken_FailsAlreadyExists()
    {
        var taken = await host.RegisterTownAsync();
        var request = TownsData.Registration();
        request.Name = taken.Name;

        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => host.Towns(TestCaller.Admin()).RegisterTownAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task RegisterTown_WhenFieldsInvalid_FailsInvalidArgumentNamingThem()
    {
        var request = TownsData.Registration();
        request.Name = " ";
        request.MainIndustry = string.Empty;
        request.Category = TownCategory.Unspecified;
        request.Facts.Add(new string('x', 2000));

        await RpcAssert.InvalidArgumentAsync(
            () => host.Towns(TestCaller.Admin()).RegisterTownAsync(request).ResponseAsync,
            "name", "main_industry", "category", "facts[1]");
    }

    [Fact]
    public async Task RegisterTown_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => host.Towns(null).RegisterTownAsync(TownsData.Registration()).ResponseAsync);
    }

    [Theory]
    [InlineData("town")]
    [InlineData("investor")]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task RegisterTown_WhenNotAdmin_FailsPermissionDenied(string role)
    {
        var request = TownsData.Registration();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => host.Towns(TestCaller.OfRole(role)).RegisterTownAsync(request).ResponseAsync);
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM towns WHERE name = $1", request.Name));
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("investor")]
    [InlineData("town")]
    public async Task GetTown_WhenAnyCaller_ReturnsTheTown(string role)
    {
        var town = await host.RegisterTownAsync();

        var found = await host.Towns(TestCaller.OfRole(role)).GetTownAsync(new GetTownRequest { Id = town.Id });

        Assert.Equal(StoredPrecision.Of(town), found);
    }

    [Fact]
    public async Task GetTown_WhenUnknown_FailsNotFound()
    {
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => host.Towns(TestCaller.Anonymous()).GetTownAsync(new GetTownRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task GetTown_WhenIdNotAGuid_FailsInvalidArgument()
    {
        await RpcAssert.InvalidArgumentAsync(() => host.Towns(TestCaller.Anonymous()).GetTownAsync(new GetTownRequest { Id = "town-1" }).ResponseAsync, "id");
    }

    [Fact]
    public async Task GetTown_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => host.Towns(null).GetTownAsync(new GetTownRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task ListTowns_WhenPaged_ReturnsEachTownOnceWithTotal()
    {
        for (var i = 0; i < 3; i++)
        {
            await host.RegisterTownAsync();
        }

        var client = host.Towns(TestCaller.Anonymous());
        var seen = new List<string>();
        var token = string.Empty;
        ListTownsResponse page;
        do
        {
            page = await client.ListTownsAsync(new ListTownsRequest { Page = new PageRequest { PageSize = 2, PageToken = token } });
            Assert.InRange(page.Towns.Count, 1, 2);
            seen.AddRange(page.Towns.Select(t => t.Id));
            token = page.Page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.True(page.Page.Total >= 3);
        Assert.Equal(page.Page.Total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task ListTowns_WhenPageSizeOrTokenInvalid_FailsInvalidArgumentNamingThem()
    {
        var request = new ListTownsRequest { Page = new PageRequest { PageSize = 101, PageToken = "not-a-token" } };

        await RpcAssert.InvalidArgumentAsync(() => host.Towns(TestCaller.Anonymous()).ListTownsAsync(request).ResponseAsync, "page.page_size", "page.page_token");
    }

    [Fact]
    public async Task UpdateTown_WhenOwnTown_ChangesSetFieldsOnlyAndWritesTownUpdated()
    {
        var town = await host.RegisterTownAsync();
        var request = new UpdateTownRequest
        {
            Id = town.Id,
            City = "晋中市",
            Facts = new StringList { Values = { "新的事实" } },
            KeyFigures = new KeyFigureList { Values = { new KeyFigure { Metric = "output", Value = "14200000000", Unit = "CNY", Year = 2024, Source = "县志" } } },
            Contacts = new ContactList { Values = { new TownContact { Name = "李科长", Role = "招商局", Phone = "0351-1234567" } } },
        };

        var updated = await host.Towns(TestCaller.Town(Guid.Parse(town.Id))).UpdateTownAsync(request);

        Assert.Equal("晋中市", updated.City);
        Assert.Equal(town.County, updated.County);
        Assert.Equal(town.NameEn, updated.NameEn);
        Assert.Equal(new[] { "新的事实" }, updated.Facts);
        Assert.Equal("14200000000", Assert.Single(updated.KeyFigures).Value);
        Assert.Equal("李科长", Assert.Single(updated.Contacts).Name);
        Assert.Equal(updated, await host.Towns(TestCaller.Investor()).GetTownAsync(new GetTownRequest { Id = town.Id }));
        Assert.Equal(1, await host.CountOutboxAsync("TownUpdated", town.Id));
    }

    [Fact]
    public async Task GetTown_WhenTheCallerIsNotSignedIn_HidesTheContactsOnly()
    {
        var town = await host.RegisterTownAsync();
        await host.Towns(TestCaller.Town(Guid.Parse(town.Id))).UpdateTownAsync(new UpdateTownRequest
        {
            Id = town.Id,
            Contacts = new ContactList { Values = { new TownContact { Name = "李科长", Phone = "0351-1234567" } } },
        });

        var visitor = await host.Towns(TestCaller.Anonymous()).GetTownAsync(new GetTownRequest { Id = town.Id });
        var investor = await host.Towns(TestCaller.Investor()).GetTownAsync(new GetTownRequest { Id = town.Id });

        Assert.Empty(visitor.Contacts);
        Assert.Equal(town.Name, visitor.Name);
        Assert.Equal("李科长", Assert.Single(investor.Contacts).Name);
    }

    [Fact]
    public async Task UpdateTown_WhenAdmin_ChangesTheTown()
    {
        var town = await host.RegisterTownAsync();

        var updated = await host.Towns(TestCaller.Admin()).UpdateTownAsync(new UpdateTownRequest { Id = town.Id, MainIndustry = "醋饮料" });

        Assert.Equal("醋饮料", updated.MainIndustry);
        Assert.Equal(1, await host.CountOutboxAsync("TownUpdated", town.Id));
    }

    [Fact]
    public async Task UpdateTown_WhenNothingChanges_WritesNoEvent()
    {
        var town = await host.RegisterTownAsync();

        var same = await host.Towns(TestCaller.Admin()).UpdateTownAsync(new UpdateTownRequest { Id = town.Id, City = town.City });

        Assert.Equal(StoredPrecision.Of(town), same);
        Assert.Equal(0, await host.CountOutboxAsync("TownUpdated", town.Id));
    }

    [Theory]
    [InlineData("town")]
    [InlineData("investor")]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task UpdateTown_WhenNotOwnerOrAdmin_FailsPermissionDenied(string role)
    {
        var town = await host.RegisterTownAsync();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => host.Towns(TestCaller.OfRole(role)).UpdateTownAsync(new UpdateTownRequest { Id = town.Id, City = "晋中市" }).ResponseAsync);
        Assert.Equal(0, await host.CountOutboxAsync("TownUpdated", town.Id));
    }

    [Fact]
    public async Task UpdateTown_WhenUnknown_FailsNotFound()
    {
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => host.Towns(TestCaller.Admin()).UpdateTownAsync(new UpdateTownRequest { Id = Guid.NewGuid().ToString(), City = "晋中市" }).ResponseAsync);
    }

    [Fact]
    public async Task UpdateTown_WhenFieldsInvalid_FailsInvalidArgumentNamingThem()
    {
        var town = await host.RegisterTownAsync();
        var request = new UpdateTownRequest
        {
            Id = town.Id,
            MainIndustry = string.Empty,
            KeyFigures = new KeyFigureList { Values = { new KeyFigure { Metric = "output", Value = "lots", Unit = "bushels", Source = "县志" } } },
            Contacts = new ContactList { Values = { new TownContact { Role = "招商局" } } },
        };

        await RpcAssert.InvalidArgumentAsync(
            () => host.Towns(TestCaller.Admin()).UpdateTownAsync(request).ResponseAsync,
            "main_industry", "key_figures.values[0].value", "key_figures.values[0].unit", "contacts.values[0].name");
    }

    [Fact]
    public async Task UpdateTown_WhenContactEmailOrPhoneMalformed_FailsInvalidArgumentNamingThemAndKeepsTheContacts()
    {
        var town = await host.RegisterTownAsync();
        var request = new UpdateTownRequest
        {
            Id = town.Id,
            Contacts = new ContactList { Values = { new TownContact { Name = "李科长", Phone = "call me", Email = "not-email" } } },
        };

        await RpcAssert.InvalidArgumentAsync(
            () => host.Towns(TestCaller.Admin()).UpdateTownAsync(request).ResponseAsync,
            "contacts.values[0].phone", "contacts.values[0].email");
        Assert.Empty((await host.Towns(TestCaller.Anonymous()).GetTownAsync(new GetTownRequest { Id = town.Id })).Contacts);
        Assert.Equal(0, await host.CountOutboxAsync("TownUpdated", town.Id));
    }

    [Fact]
    public async Task UpdateTown_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => host.Towns(null).UpdateTownAsync(new UpdateTownRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task RegisterTown_WhenNameHasNulAndFactABidiOverride_FailsInvalidArgumentAndStoresNothing()
    {
        var request = TownsData.Registration();
        var name = request.Name;
        request.Name += "\u0000";
        request.Facts.Add("\u202Eexe.醋");

        await RpcAssert.InvalidArgumentAsync(() => host.Towns(TestCaller.Admin()).RegisterTownAsync(request).ResponseAsync, "name", "facts[1]");
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM towns WHERE name LIKE $1", name + "%"));
    }

    [Fact]
    public async Task UpdateTown_WhenNestedContactNameHasAControlCharacter_FailsInvalidArgumentNamingItsPath()
    {
        var town = await host.RegisterTownAsync();
        var request = new UpdateTownRequest
        {
            Id = town.Id,
            Contacts = new ContactList { Values = { new TownContact { Name = "张三" }, new TownContact { Name = "李\u001B四" } } },
        };

        await RpcAssert.InvalidArgumentAsync(() => host.Towns(TestCaller.Admin()).UpdateTownAsync(request).ResponseAsync, "contacts.values[1].name");
    }

    [Fact]
    public async Task RegisterTown_WhenNameIsAtItsLimitInEmoji_IsAccepted()
    {
        var request = TownsData.Registration();
        request.Name = string.Concat(Enumerable.Repeat("🏭", 100 - 9)) + Guid.NewGuid().ToString("N")[..9];

        var town = await host.Towns(TestCaller.Admin()).RegisterTownAsync(request);

        Assert.Equal(request.Name, town.Name);
    }
}
