using Grpc.Core;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;
using static SpecialtyTowns.Leads.ServiceTests.InvestorProfiles;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>Who sees an organisation, and its contacts (personal information): its own accounts, admins, and a town it has a lead with.</summary>
[Collection(LeadsCollection.Name)]
public sealed class InvestorVisibilityTests(LeadsHost host)
{
    [Fact]
    public async Task GetOrganisation_WhenTownHasALeadWithIt_ShowsContactsButNotWhatToAdd()
    {
        var (organisation, townId) = await OrganisationWithLeadAsync();

        var seen = await Client(TestCaller.Town(townId)).GetOrganisationAsync(new GetOrganisationRequest { Id = organisation.Id });

        Assert.False(seen.ContactsHidden);
        Assert.Equal("13812345678", seen.Profile.ContactPhone);
        Assert.Equal(organisation.Completeness, seen.Completeness);
        Assert.Empty(seen.Missing);
    }

    [Fact]
    public async Task GetOrganisation_WhenTownHasNoLeadWithIt_HidesContacts()
    {
        var (organisation, _) = await OrganisationWithLeadAsync();

        var seen = await Client(TestCaller.Town(Guid.NewGuid())).GetOrganisationAsync(new GetOrganisationRequest { Id = organisation.Id });

        Assert.True(seen.ContactsHidden);
        Assert.Equal(string.Empty, seen.Profile.ContactName);
        Assert.Equal(string.Empty, seen.Profile.ContactPhone);
        Assert.Equal(string.Empty, seen.Profile.ContactEmail);
        Assert.Equal(organisation.Profile.Name, seen.Profile.Name);
    }

    [Fact]
    public async Task GetOrganisation_WhenATownNamesAClaimedOrganisationOnItsOwnNewLead_StillHidesContacts()
    {
        var (organisation, _) = await OrganisationWithLeadAsync();
        var snooping = await TownInDirectoryAsync();
        var town = TestCaller.Town(snooping);
        await host.Client<LeadsService.LeadsServiceClient>(town).CreateLeadAsync(new CreateLeadRequest
        {
            TownId = snooping.ToString(), OrganisationId = organisation.Id, Message = "搜索到的投资方", NextAction = "致电", NextActionDue = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        var seen = await Client(town).GetOrganisationAsync(new GetOrganisationRequest { Id = organisation.Id });

        Assert.True(seen.ContactsHidden);
        Assert.Equal(string.Empty, seen.Profile.ContactPhone);
    }

    [Fact]
    public async Task GetOrganisation_WhenAdmin_ShowsEverything()
    {
        var organisation = await Client(TestCaller.Investor()).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = Full() });

        var seen = await Client(TestCaller.Admin()).GetOrganisationAsync(new GetOrganisationRequest { Id = organisation.Id });

        Assert.Equal(StoredPrecision.Of(organisation), seen);
    }

    [Fact]
    public async Task GetOrganisation_WhenAnotherInvestorOrUnknown_FailsNotFound()
    {
        var organisation = await Client(TestCaller.Investor()).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = Full() });
        var other = TestCaller.Investor();
        await Client(other).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = Minimal() });

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Client(other).GetOrganisationAsync(new GetOrganisationRequest { Id = organisation.Id }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Client(TestCaller.Admin()).GetOrganisationAsync(new GetOrganisationRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => Client(TestCaller.Admin()).GetOrganisationAsync(new GetOrganisationRequest { Id = "o-1" }).ResponseAsync, "id");
    }

    [Theory]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task GetOrganisation_WhenNeitherTownAdminNorInvestor_FailsPermissionDenied(string role)
    {
        var organisation = await Client(TestCaller.Investor()).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = Minimal() });

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(TestCaller.OfRole(role)).GetOrganisationAsync(new GetOrganisationRequest { Id = organisation.Id }).ResponseAsync);
    }

    [Fact]
    public async Task FindOrganisations_ByPartOfTheNameOrByCreditCode_FindsItWithContactsHidden()
    {
        var stem = "寻找" + Guid.NewGuid().ToString("N")[..10];
        var profile = Full(UniqueName(stem));
        var organisation = await Client(TestCaller.Investor()).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = profile });
        var town = Client(TestCaller.Town(Guid.NewGuid()));

        var byName = await town.FindOrganisationsAsync(new FindOrganisationsRequest { Query = stem.ToUpperInvariant() });
        var byCode = await town.FindOrganisationsAsync(new FindOrganisationsRequest { Query = profile.UnifiedSocialCreditCode.ToLowerInvariant() });

        Assert.Equal([organisation.Id], byName.Organisations.Select(o => o.Id));
        Assert.True(byName.Organisations[0].ContactsHidden);
        Assert.Equal(string.Empty, byName.Organisations[0].Profile.ContactPhone);
        Assert.Equal([organisation.Id], byCode.Organisations.Select(o => o.Id));
    }

    [Fact]
    public async Task FindOrganisations_WhenInvestorOrQueryInvalid_FailsPermissionDeniedOrNamesTheField()
    {
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(TestCaller.Investor()).FindOrganisationsAsync(new FindOrganisationsRequest { Query = "山西" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => Client(TestCaller.Admin()).FindOrganisationsAsync(new FindOrganisationsRequest { Query = " ", Limit = 51 }).ResponseAsync, "query", "limit");
    }

    private async Task<(InvestorOrganisation Organisation, Guid TownId)> OrganisationWithLeadAsync()
    {
        var investor = TestCaller.Investor();
        var organisation = await Client(investor).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = Full() });
        var townId = await TownInDirectoryAsync();
        await host.Client<LeadsService.LeadsServiceClient>(investor).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), Message = "想投资醋饮料" });
        return (organisation, townId);
    }

    private async Task<Guid> TownInDirectoryAsync()
    {
        var town = new TownRegistered(Guid.NewGuid(), "联系镇 " + Guid.NewGuid().ToString("N")[..8], "Contact Town", "太原市", "清徐县", "provincial", "specialty-light-industry", "老陈醋", DateTimeOffset.UtcNow);
        await host.PublishAsync(town);
        var leads = host.Client<LeadsService.LeadsServiceClient>(TestCaller.Admin());
        await Eventually.FoundAsync(
            () => leads.GetTownDirectoryEntryAsync(new GetTownDirectoryEntryRequest { TownId = town.TownId.ToString() }).ResponseAsync, TimeSpan.FromSeconds(20), "the town in the directory");
        return town.TownId;
    }

    private InvestorsService.InvestorsServiceClient Client(TestCaller? caller) => host.Client<InvestorsService.InvestorsServiceClient>(caller);
}
