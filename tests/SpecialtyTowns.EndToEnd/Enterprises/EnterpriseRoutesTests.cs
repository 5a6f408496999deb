using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Enterprises;

/// <summary>The enterprise profile routes through the gateway, on the real services.</summary>
[Collection(SystemCollection.Name)]
public sealed class EnterpriseRoutesTests(SystemFixture fixture)
{
    private readonly EnterpriseWorld _world = new(fixture);

    [Fact]
    public async Task RegisterEnterprise_WhenFullProfile_Answers201AndReadsBackEveryField()
    {
        var townId = await _world.TownAsync("全档案");
        var code = EnterpriseWorld.CreditCode();

        var id = await EnterpriseWorld.IdOfCreatedAsync(_world.Town(townId), "/api/v1/enterprises", Profile(code, Unique("全档案企业")));
        var read = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/enterprises/{id}");

        Assert.Equal(townId, read.GetProperty("townId").GetString());
        Assert.Equal(code, read.GetProperty("unifiedSocialCreditCode").GetString());
        Assert.Equal("Full Profile Forging", read.GetProperty("nameEn").GetString());
        Assert.Equal("C33", read.GetProperty("industryCode").GetString());
        Assert.Equal(["锻造法兰"], read.GetProperty("products").EnumerateArray().Select(p => p.GetString()));
        var capacity = Assert.Single(read.GetProperty("capacities").EnumerateArray());
        Assert.Equal(50000m, capacity.GetProperty("amount").GetDecimal());
        Assert.Equal("件/年", capacity.GetProperty("unit").GetString());
        Assert.Equal(85.5m, read.GetProperty("cncRatePercent").GetDecimal());
        Assert.True(read.GetProperty("leading").GetBoolean());
        Assert.Equal(2008, read.GetProperty("foundedYear").GetInt32());
        Assert.Equal("13800138000", Assert.Single(read.GetProperty("contacts").EnumerateArray()).GetProperty("phone").GetString());
        Assert.False(read.GetProperty("contactsHidden").GetBoolean());
        Assert.True(read.GetProperty("version").GetInt32() >= 1);
    }

    [Fact]
    public async Task GetEnterprise_WhenVisitorsAndSignedInCallersAlternate_NeverShareAnAnswerThroughTheCache()
    {
        var townId = await _world.TownAsync("缓存联系人");
        var id = await EnterpriseWorld.IdOfCreatedAsync(fixture.Admin, "/api/v1/enterprises", Profile(EnterpriseWorld.CreditCode(), Unique("缓存企业"), townId));

        var visitor = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/enterprises/{id}");
        var signedIn = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/enterprises/{id}");
        var visitorAgain = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/enterprises/{id}");

        Assert.True(visitor.GetProperty("contactsHidden").GetBoolean());
        Assert.Empty(visitor.GetProperty("contacts").EnumerateArray());
        Assert.False(signedIn.GetProperty("contactsHidden").GetBoolean());
        Assert.Single(signedIn.GetProperty("contacts").EnumerateArray());
        Assert.True(visitorAgain.GetProperty("contactsHidden").GetBoolean());
        Assert.Empty(visitorAgain.GetProperty("contacts").EnumerateArray());
    }

    [Fact]
    public async Task RegisterEnterprise_WhenCheckDigitWrong_Answers400NamingTheCodeAndStoresNothing()
    {
        var townId = await _world.TownAsync("错码");
        var name = Unique("错码企业");

        using var response = await _world.Town(townId).PostAsJsonAsync("/api/v1/enterprises", Profile(EnterpriseWorld.WithWrongCheckDigit(EnterpriseWorld.CreditCode()), name));

        await EnterpriseWorld.AssertNamesFieldAsync(response, "unifiedSocialCreditCode");
        Assert.Equal(0, await _world.CountAsync("SELECT count(*) FROM enterprises WHERE name = $1", name));
    }

    [Theory]
    [InlineData("capacities[0].amount")]
    [InlineData("description")]
    [InlineData("foundedYear")]
    public async Task RegisterEnterprise_WhenFieldIsBad_Answers400NamingItAndStoresNothing(string field)
    {
        var townId = await _world.TownAsync("坏档案");
        var name = Unique("坏档案企业");
        var body = JsonSerializer.SerializeToNode(Profile(EnterpriseWorld.CreditCode(), name), JsonSerializerOptions.Web)!.AsObject();
        switch (field)
        {
            case "capacities[0].amount":
                body["capacities"]![0]!["amount"] = -5;
                break;
            case "description":
                body["description"] = new string('长', 20_000);
                break;
            default:
                body["foundedYear"] = 3000;
                break;
        }

        using var response = await _world.Town(townId).PostAsJsonAsync("/api/v1/enterprises", body);

        var problem = await EnterpriseWorld.ProblemAsync(response, HttpStatusCode.BadRequest);
        var named = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains(named, n => n == field || field.StartsWith(n + "[", StringComparison.Ordinal) || field.StartsWith(n + ".", StringComparison.Ordinal));
        Assert.Equal(0, await _world.CountAsync("SELECT count(*) FROM enterprises WHERE name = $1", name));
    }

    [Fact]
    public async Task ReplaceEnterprise_WhenAnotherTownsEnterprise_Answers403AndChangesNothing()
    {
        var (_, enterpriseId) = await _world.TownWithEnterpriseAsync("他镇企业");
        var otherTown = await _world.TownAsync("越权镇");
        var name = Unique("越权改名");

        using var response = await _world.Town(otherTown).PutAsJsonAsync($"/api/v1/enterprises/{enterpriseId}", Profile(EnterpriseWorld.CreditCode(), name, otherTown));
        using var asOtherEnterprise = await _world.Enterprise(Guid.NewGuid().ToString()).PutAsJsonAsync($"/api/v1/enterprises/{enterpriseId}", Profile(EnterpriseWorld.CreditCode(), name));

        await EnterpriseWorld.ProblemAsync(response, HttpStatusCode.Forbidden);
        await EnterpriseWorld.ProblemAsync(asOtherEnterprise, HttpStatusCode.Forbidden);
        Assert.Equal(0, await _world.CountAsync("SELECT count(*) FROM enterprises WHERE name = $1", name));
    }

    [Fact]
    public async Task ReplaceEnterprise_WhenExpectedVersionStale_Answers412AndKeepsTheNewerProfile()
    {
        var (townId, enterpriseId) = await _world.TownWithEnterpriseAsync("版本");
        var self = _world.Enterprise(enterpriseId);
        var version = (await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/enterprises/{enterpriseId}")).GetProperty("version").GetInt32();
        var newer = Unique("第二版");
        using var current = await self.PutAsJsonAsync($"/api/v1/enterprises/{enterpriseId}", Profile(EnterpriseWorld.CreditCode(), newer, townId, version));

        using var stale = await self.PutAsJsonAsync($"/api/v1/enterprises/{enterpriseId}", Profile(EnterpriseWorld.CreditCode(), Unique("过期版"), townId, version));

        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        var problem = await EnterpriseWorld.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("stale-version", problem.GetProperty("rule").GetString());
        var read = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/enterprises/{enterpriseId}");
        Assert.Equal(newer, read.GetProperty("name").GetString());
        Assert.Equal(version + 1, read.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task EnterpriseRoutes_WhenEnterpriseUnknown_Answer404()
    {
        var unknown = Guid.NewGuid();

        using var get = await fixture.Gateway.GetAsync($"/api/v1/enterprises/{unknown}");
        using var put = await fixture.Admin.PutAsJsonAsync($"/api/v1/enterprises/{unknown}", Profile(EnterpriseWorld.CreditCode(), Unique("无此企业")));

        await EnterpriseWorld.ProblemAsync(get, HttpStatusCode.NotFound);
        await EnterpriseWorld.ProblemAsync(put, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ListTownEnterprises_WhenTownHasSeveral_AnswersPagesLeadingFirst()
    {
        var townId = await _world.TownAsync("列表");
        await EnterpriseWorld.IdOfCreatedAsync(fixture.Admin, "/api/v1/enterprises", new { townId, name = "甲 普通企业" });
        var leading = await EnterpriseWorld.IdOfCreatedAsync(fixture.Admin, "/api/v1/enterprises", new { townId, name = "乙 龙头企业", leading = true });
        await EnterpriseWorld.IdOfCreatedAsync(fixture.Admin, "/api/v1/enterprises", new { townId, name = "丙 普通企业" });

        var first = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{townId}/enterprises?page=1&pageSize=2");
        var second = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{townId}/enterprises?page=2&pageSize=2");

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(leading, first.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task GetTown_WhenItsEnterpriseRegisteredThenMadeLeading_ShowsCountAndLeadingEnterpriseToVisitors()
    {
        var townId = await _world.TownAsync("计数");
        var cached = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{townId}");
        var id = await EnterpriseWorld.IdOfCreatedAsync(fixture.Admin, "/api/v1/enterprises", new { townId, name = "计数企业 " + Guid.NewGuid().ToString("N")[..6], nameEn = "Counted Co" });

        await Eventually.TrueAsync(async () => (await VisitorTownAsync(townId)).GetProperty("enterpriseCount").GetInt32() == 1, TimeSpan.FromSeconds(30), "the count in the cached town");
        using var leading = await fixture.Admin.PutAsJsonAsync($"/api/v1/enterprises/{id}", new { name = "计数龙头", nameEn = "Counted Co", leading = true });
        var town = await Eventually.GetAsync(
            async () => await VisitorTownAsync(townId) is var t && t.GetProperty("leadingEnterprises").GetArrayLength() == 1 ? (JsonElement?)t : null,
            TimeSpan.FromSeconds(30),
            "the leading enterprise in the cached town");

        Assert.Equal(0, cached.GetProperty("enterpriseCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, leading.StatusCode);
        var listed = town!.Value.GetProperty("leadingEnterprises")[0];
        Assert.Equal(id, listed.GetProperty("id").GetString());
        Assert.Equal("计数龙头", listed.GetProperty("name").GetString());
        Assert.Equal("Counted Co", listed.GetProperty("nameEn").GetString());
        Assert.Equal(1, town.Value.GetProperty("enterpriseCount").GetInt32());
    }

    private static string Unique(string name) => name + " " + Guid.NewGuid().ToString("N")[..8];

    private Task<JsonElement> VisitorTownAsync(string townId) => fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{townId}");

    private static object Profile(string code, string name, string? townId = null, int version = 0) => new
    {
        townId,
        name,
        nameEn = "Full Profile Forging",
        unifiedSocialCreditCode = code,
        industryCode = "C33",
        products = new[] { "锻造法兰" },
        certifications = new[] { "ISO 9001" },
        capacities = new[] { new { product = "法兰", amount = 50000m, unit = "件/年" } },
        equipment = new[] { "数控车床" },
        cncRatePercent = 85.5m,
        leading = true,
        exportMarkets = new[] { "德国" },
        foundedYear = 2008,
        description = "定襄 锻造 企业",
        contacts = new[] { new { name = "王经理", role = "销售", phone = "13800138000", email = "sales@example.cn" } },
        source = "测试 test",
        expectedVersion = version,
    };
}
