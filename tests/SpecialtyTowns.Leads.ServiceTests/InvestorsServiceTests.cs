using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;
using static SpecialtyTowns.Leads.ServiceTests.InvestorProfiles;

namespace SpecialtyTowns.Leads.ServiceTests;

[Collection(LeadsCollection.Name)]
public sealed class InvestorsServiceTests(LeadsHost host)
{
    [Fact]
    public async Task SaveMyOrganisation_WhenFirstSave_CreatesTheOrganisationItsMembershipAndOneEvent()
    {
        var investor = TestCaller.Investor();
        var profile = Full();

        var saved = await Client(investor).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = profile });
        var mine = await Client(investor).GetMyOrganisationAsync(new GetMyOrganisationRequest());

        Assert.True(saved.Claimed);
        Assert.Equal(1, saved.Version);
        Assert.Equal("CN", saved.Profile.HeadquartersCountry);
        Assert.Equal(profile.ContactPhone, saved.Profile.ContactPhone);
        Assert.False(saved.ContactsHidden);
        Assert.Equal(StoredPrecision.Of(saved), mine);
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM organisation_members WHERE user_id = $1 AND organisation_id = $2", Guid.Parse(investor.Subject), Guid.Parse(saved.Id)));
        Assert.Equal(1, await host.CountOutboxAsync("InvestorOrganisationSaved", saved.Id));
    }

    [Fact]
    public async Task SaveMyOrganisation_WhenSavedAgainUnchangedThenChanged_PublishesOnlyForTheChange()
    {
        var client = Client(TestCaller.Investor());
        var profile = Full();
        var first = await client.SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = profile });

        var same = await client.SaveMyOrganisationAsync(new SaveMyOrganisationRequest { ExpectedVersion = first.Version, Profile = profile });
        profile.Keywords.Add("老陈醋");
        var changed = await client.SaveMyOrganisationAsync(new SaveMyOrganisationRequest { ExpectedVersion = same.Version, Profile = profile });

        Assert.Equal(1, same.Version);
        Assert.Equal(2, changed.Version);
        Assert.Contains("老陈醋", changed.Profile.Keywords);
        Assert.Equal(2, await host.CountOutboxAsync("InvestorOrganisationSaved", first.Id));
    }

    [Fact]
    public async Task SaveMyOrganisation_WhenExpectedVersionIsStale_FailsWithStaleVersionAndKeepsTheProfile()
    {
        var client = Client(TestCaller.Investor());
        var profile = Minimal();
        var first = await client.SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = profile });
        await client.SaveMyOrganisationAsync(new SaveMyOrganisationRequest { ExpectedVersion = 1, Profile = Minimal(profile.Name + "一") });

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.SaveMyOrganisationAsync(new SaveMyOrganisationRequest { ExpectedVersion = 1, Profile = Minimal(profile.Name + "二") }).ResponseAsync);

        Assert.Equal("stale-version", failure.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.EndsWith("一", (await client.GetMyOrganisationAsync(new GetMyOrganisationRequest())).Profile.Name);
        Assert.Equal(2, await host.CountOutboxAsync("InvestorOrganisationSaved", first.Id));
    }

    [Fact]
    public async Task SaveMyOrganisation_WhenValuesBreakTheRules_FailsNamingEveryFieldAndStoresNothing()
    {
        var investor = TestCaller.Investor();
        var profile = Full();
        profile.Type = "bank";
        profile.UnifiedSocialCreditCode = profile.UnifiedSocialCreditCode[..17] + (profile.UnifiedSocialCreditCode[17] == '0' ? '1' : '0');
        profile.IndustriesSought.Add("Z99");
        profile.ChainPositionsSought.Add("sideways");
        profile.TicketMinFen = -1;
        profile.CooperationModes.Add("barter");
        profile.Languages.Add("chinese!");
        profile.LandNeededSquareMetres = "二万";
        profile.ContactEmail = "not-an-email";

        await RpcAssert.InvalidArgumentAsync(
            () => Client(investor).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = profile }).ResponseAsync,
            "profile.type", "profile.land_needed_square_metres", "profile.contact_email");
        profile.Type = "fund";
        profile.LandNeededSquareMetres = "-5";
        profile.ContactEmail = string.Empty;
        await RpcAssert.InvalidArgumentAsync(
            () => Client(investor).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = profile }).ResponseAsync,
            "profile.unified_social_credit_code", "profile.industries_sought", "profile.chain_positions_sought", "profile.ticket_min_fen",
            "profile.cooperation_modes", "profile.languages", "profile.land_needed_square_metres");

        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM organisation_members WHERE user_id = $1", Guid.Parse(investor.Subject)));
    }

    [Fact]
    public async Task SaveMyOrganisation_WhenTicketReversedNameBlankOrContactsWithoutConsent_FailsNamingThem()
    {
        var client = Client(TestCaller.Investor());
        var reversed = Full();
        reversed.TicketMinFen = reversed.TicketMaxFen + 1;
        reversed.ConsentToContact = false;
        var blank = Minimal(" ");

        await RpcAssert.InvalidArgumentAsync(() => client.SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = reversed }).ResponseAsync, "profile.ticket_max_fen", "profile.consent_to_contact");
        await RpcAssert.InvalidArgumentAsync(() => client.SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = blank }).ResponseAsync, "profile.name");
        await RpcAssert.InvalidArgumentAsync(() => client.SaveMyOrganisationAsync(new SaveMyOrganisationRequest { ExpectedVersion = -1, Profile = Minimal() }).ResponseAsync, "expected_version");
        await RpcAssert.InvalidArgumentAsync(() => client.SaveMyOrganisationAsync(new SaveMyOrganisationRequest()).ResponseAsync, "profile");
    }

    [Fact]
    public async Task SaveMyOrganisation_WhenATownEnteredTheSameNameDifferentlyWrittenWithoutItsCode_RefusesTheClaimAndChangesNothing()
    {
        var name = UniqueName("双雁");
        var code = CreditCode();
        var entered = await InsertTownEnteredAsync(host.Database, name, code);
        var sameName = Full(name.Replace("山西", "山西 ", StringComparison.Ordinal).Replace("有限公司", "（有限公司）", StringComparison.Ordinal));
        sameName.UnifiedSocialCreditCode = string.Empty;
        var otherCode = Full(name);

        var withoutCode = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Client(TestCaller.Investor()).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = sameName }).ResponseAsync);
        var wrongCode = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Client(TestCaller.Investor()).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = otherCode }).ResponseAsync);

        Assert.Equal("organisation-claim-unverified", withoutCode.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal("organisation-claim-unverified", wrongCode.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM investor_organisations WHERE id = $1 AND NOT claimed AND entered_by_town_id IS NOT NULL", entered));
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM organisation_members WHERE organisation_id = $1", entered));
        Assert.Equal(0, await host.CountOutboxAsync("InvestorOrganisationSaved", entered.ToString()));
    }

    [Fact]
    public async Task SaveMyOrganisation_WhenATownEnteredTheCreditCode_ClaimsThatOrganisationUnderTheNewName()
    {
        var code = CreditCode();
        var entered = await InsertTownEnteredAsync(host.Database, UniqueName(), code);
        var profile = Full();
        profile.UnifiedSocialCreditCode = code.ToLowerInvariant();

        var saved = await Client(TestCaller.Investor()).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = profile });

        Assert.Equal(entered.ToString(), saved.Id);
        Assert.Equal(profile.Name, saved.Profile.Name);
        Assert.Equal(code, saved.Profile.UnifiedSocialCreditCode);
    }

    [Fact]
    public async Task SaveMyOrganisation_WhenAnotherAccountOwnsTheNameOrCode_FailsOrganisationClaimed()
    {
        var owned = Full();
        await Client(TestCaller.Investor()).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = owned });
        var sameCode = Full();
        sameCode.UnifiedSocialCreditCode = owned.UnifiedSocialCreditCode;

        var byName = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Client(TestCaller.Investor()).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = Minimal(owned.Name) }).ResponseAsync);
        var byCode = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Client(TestCaller.Investor()).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = sameCode }).ResponseAsync);

        Assert.Equal("organisation-claimed", byName.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal("organisation-claimed", byCode.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM investor_organisations WHERE name = $1", sameCode.Name));
    }

    [Fact]
    public async Task SaveMyOrganisation_WhenAccountsSaveTheSameNameAtOnce_CreatesExactlyOneOrganisation()
    {
        var name = UniqueName("并发");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            try
            {
                await Client(TestCaller.Investor()).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = Minimal(name) });
                return "saved";
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
            {
                return e.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason ?? "none";
            }
        }));

        Assert.Single(outcomes, o => o == "saved");
        Assert.All(outcomes.Where(o => o != "saved"), o => Assert.Equal("organisation-claimed", o));
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM investor_organisations WHERE name = $1", name));
    }

    [Theory]
    [InlineData("town")]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    [InlineData("admin")]
    [InlineData("anonymous")]
    public async Task SaveMyOrganisation_WhenNotAnInvestor_FailsPermissionDenied(string role)
    {
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(TestCaller.OfRole(role)).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = Minimal() }).ResponseAsync);
    }

    [Fact]
    public async Task GetMyOrganisation_BeforeTheFirstSave_FailsNotFound()
    {
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Client(TestCaller.Investor()).GetMyOrganisationAsync(new GetMyOrganisationRequest()).ResponseAsync);
    }

    [Fact]
    public async Task GetMyOrganisation_WhenProfilePartial_RanksWhatToAddByPoints()
    {
        var profile = Minimal();
        profile.Description = "食品投资";
        profile.IndustriesSought.Add("C14");

        var saved = await Client(TestCaller.Investor()).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = profile });

        Assert.Equal(25, saved.Completeness);
        Assert.Equal(75, saved.Missing.Sum(m => m.Points));
        Assert.Equal(["unified_social_credit_code", "headquarters_province"], saved.Missing.Take(2).Select(m => m.Field));
        Assert.Equal(saved.Missing.Select(m => m.Points).OrderDescending(), saved.Missing.Select(m => m.Points));
        Assert.Equal(100, (await Client(TestCaller.Investor()).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = Full() })).Completeness);
    }

    private InvestorsService.InvestorsServiceClient Client(TestCaller? caller) => host.Client<InvestorsService.InvestorsServiceClient>(caller);
}
