using SpecialtyTowns.SharedKernel.Identifiers;
using Grpc.Core;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;
using static SpecialtyTowns.Enterprises.ServiceTests.EnterpriseRequests;

namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>Bad input is refused naming the field and stores nothing; codes are unique even under a race; contacts are for signed-in callers.</summary>
[Collection(EnterprisesCollection.Name)]
public sealed class EnterpriseRulesServiceTests(EnterprisesHost host)
{
    public static TheoryData<string, string> BadInput => new()
    {
        { "wrong code", "profile.unified_social_credit_code" },
        { "unknown industry", "profile.industry_code" },
        { "negative capacity", "profile.capacities[0].amount" },
        { "oversized description", "profile.description" },
        { "too many products", "profile.products" },
        { "unknown revenue band", "profile.revenue_band" },
        { "implausible founding year", "profile.founded_year" },
        { "cnc rate over 100", "profile.cnc_rate_percent" },
        { "malformed contact email", "profile.contacts[0].email" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task RegisterEnterprise_WhenBadInput_FailsInvalidArgumentNamingTheFieldAndStoresNothing(string what, string field)
    {
        var townId = await host.KnownTownAsync();
        var request = Registration(townId);
        Break(request.Profile, what);

        await RpcAssert.InvalidArgumentAsync(() => host.Client(TestCaller.Admin()).RegisterEnterpriseAsync(request).ResponseAsync, field);
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM enterprises WHERE town_id = $1", townId));
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM outbox_messages WHERE payload::text LIKE $1", "%" + townId + "%"));
    }

    [Fact]
    public async Task UpdateEnterprise_WhenBadInput_FailsNamingTheFieldAndKeepsTheProfile()
    {
        var enterprise = await host.RegisterAsync(await host.KnownTownAsync());
        var profile = enterprise.Profile.Clone();
        profile.UnifiedSocialCreditCode = "914403001922038217";

        await RpcAssert.InvalidArgumentAsync(() => host.Client(TestCaller.Admin()).UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = enterprise.Id, Profile = profile }).ResponseAsync, "profile.unified_social_credit_code");
        Assert.Equal(StoredPrecision.Of(enterprise), await host.Client(TestCaller.Admin()).GetEnterpriseAsync(new GetEnterpriseRequest { Id = enterprise.Id }));
    }

    [Fact]
    public async Task RegisterEnterprise_WhenTheCodeIsLowerCase_StoresItUpperCase()
    {
        var code = UniqueCodes.Next();
        var request = Registration(await host.KnownTownAsync());
        request.Profile.UnifiedSocialCreditCode = code.ToLowerInvariant();

        var enterprise = await host.Client(TestCaller.Admin()).RegisterEnterpriseAsync(request);

        Assert.Equal(code, enterprise.Profile.UnifiedSocialCreditCode);
    }

    [Fact]
    public async Task RegisterEnterprise_WhenTheCodeIsTakenInAnotherTown_FailsAlreadyExistsNamingTheCode()
    {
        var code = UniqueCodes.Next();
        var first = Registration(await host.KnownTownAsync());
        first.Profile.UnifiedSocialCreditCode = code;
        await host.Client(TestCaller.Admin()).RegisterEnterpriseAsync(first);
        var second = Registration(await host.KnownTownAsync());
        second.Profile.UnifiedSocialCreditCode = code;

        var failure = await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => host.Client(TestCaller.Admin()).RegisterEnterpriseAsync(second).ResponseAsync);

        Assert.StartsWith("profile.unified_social_credit_code", failure.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM enterprises WHERE unified_social_credit_code = $1", code));
    }

    [Fact]
    public async Task RegisterEnterprise_WhenTwoRaceForTheSameCode_ExactlyOneSucceedsAndTheOtherNamesTheCode()
    {
        var code = UniqueCodes.Next();
        var requests = new List<RegisterEnterpriseRequest>();
        for (var i = 0; i < 6; i++)
        {
            var request = Registration(await host.KnownTownAsync());
            request.Profile.UnifiedSocialCreditCode = code;
            requests.Add(request);
        }

        var outcomes = await Task.WhenAll(requests.Select(async r =>
        {
            try
            {
                await host.Client(TestCaller.Admin()).RegisterEnterpriseAsync(r);
                return "ok";
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.AlreadyExists)
            {
                return exception.Status.Detail.Split(':')[0];
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o == "ok"));
        Assert.All(outcomes.Where(o => o != "ok"), o => Assert.Equal("profile.unified_social_credit_code", o));
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM enterprises WHERE unified_social_credit_code = $1", code));
        var names = requests.Select(r => "%" + r.Profile.Name + "%").ToArray();
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM outbox_messages WHERE payload::text LIKE ANY($1)", (object)names));
    }

    [Theory]
    [InlineData("anonymous", true)]
    [InlineData("investor", false)]
    [InlineData("town", false)]
    public async Task GetEnterprise_WhenTheEnterpriseHasContacts_ShowsThemOnlyToSignedInCallers(string role, bool hidden)
    {
        var profile = Profile();
        profile.Contacts.Add(new EnterpriseContact { Name = "王经理", Role = "销售", Phone = "0350-1234567", Email = "sales@example.com" });
        var enterprise = await host.RegisterAsync(await host.KnownTownAsync(), profile);

        var found = await host.Client(TestCaller.OfRole(role)).GetEnterpriseAsync(new GetEnterpriseRequest { Id = enterprise.Id });

        Assert.Equal(hidden, found.ContactsHidden);
        Assert.Equal(hidden ? 0 : 1, found.Profile.Contacts.Count);
    }

    [Fact]
    public async Task ListTownEnterprises_WhenAnonymous_HidesContacts()
    {
        var townId = await host.KnownTownAsync();
        var profile = Profile();
        profile.Contacts.Add(new EnterpriseContact { Name = "王经理", Phone = "0350-1234567" });
        await host.RegisterAsync(townId, profile);

        var list = await host.Client(TestCaller.Anonymous()).ListTownEnterprisesAsync(new ListTownEnterprisesRequest { TownId = townId.ToString() });

        var listed = Assert.Single(list.Enterprises);
        Assert.True(listed.ContactsHidden);
        Assert.Empty(listed.Profile.Contacts);
    }

    private static void Break(EnterpriseProfile profile, string what)
    {
        switch (what)
        {
            case "wrong code": profile.UnifiedSocialCreditCode = "914403001922038217"; break;
            case "unknown industry": profile.IndustryCode = "C99"; break;
            case "negative capacity": profile.Capacities.Add(new Capacity { Product = "法兰", Amount = "-1", Unit = "件/年" }); break;
            case "oversized description": profile.Description = new string('长', 4001); break;
            case "too many products": profile.Products.AddRange(Enumerable.Range(0, 51).Select(i => "产品" + i)); break;
            case "unknown revenue band": profile.RevenueBand = "huge"; break;
            case "implausible founding year": profile.FoundedYear = 1700; break;
            case "cnc rate over 100": profile.CncRatePercent = "120"; break;
            case "malformed contact email": profile.Contacts.Add(new EnterpriseContact { Name = "王经理", Email = "not-an-email" }); break;
            default: throw new ArgumentOutOfRangeException(nameof(what), what, "Not a kind of bad input");
        }
    }
}
