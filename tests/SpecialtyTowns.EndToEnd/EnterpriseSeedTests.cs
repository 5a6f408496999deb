using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

/// <summary>The seed towns, registered by Towns at its start, reach Enterprises, which registers the enterprises the articles name.</summary>
[Collection(SystemCollection.Name)]
public sealed class EnterpriseSeedTests(SystemFixture fixture)
{
    [Theory]
    [InlineData("定襄法兰专业镇", "山西天宝集团有限公司")]
    [InlineData("大同经济技术开发区医药专业镇", "广盛原中医药有限公司")]
    [InlineData("大同经济技术开发区医药专业镇", "山西双雁药业有限公司")]
    public async Task SeededTowns_WhenTheSystemHasStarted_HaveTheirArticlesEnterprisesOnce(string town, string enterprise)
    {
        var database = fixture.System.Database("enterprises");

        await Eventually.TrueAsync(
            async () => await TestDatabase.CountAsync(database, "SELECT count(*) FROM enterprises e JOIN towns t ON t.town_id = e.town_id WHERE t.name = $1 AND e.name = $2", town, enterprise) > 0,
            TimeSpan.FromSeconds(60),
            $"{enterprise} in {town}");

        Assert.Equal(1, await TestDatabase.CountAsync(database, "SELECT count(*) FROM enterprises WHERE name = $1", enterprise));
        Assert.Equal(1, await TestDatabase.CountAsync(database, "SELECT count(*) FROM outbox_messages WHERE payload::text LIKE $1 AND lower(message_type) LIKE '%enterprise-registered%'", "%" + enterprise + "%"));
    }
}
