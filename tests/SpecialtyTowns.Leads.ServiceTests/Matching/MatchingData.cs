extern alias leads;

using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;
using ExpoEventEntry = leads::SpecialtyTowns.Leads.Domain.Directory.ExpoEventEntry;
using GapEntry = leads::SpecialtyTowns.Leads.Domain.Directory.GapEntry;
using LeadsDbContext = leads::SpecialtyTowns.Leads.Infrastructure.LeadsDbContext;
using ProjectEntry = leads::SpecialtyTowns.Leads.Domain.Directory.ProjectEntry;

namespace SpecialtyTowns.Leads.ServiceTests.Matching;

/// <summary>
/// Each matching test's own pairs: organisations and offers planted to fit each other (the same rare
/// keyword, industry, ticket, region, mode and land), so they rank high in a run's shared index.
/// </summary>
public sealed class MatchingData(LeadsHost host)
{
    public LeadsData Leads { get; } = new(host);

    public static string Keyword() => "锻件" + Guid.NewGuid().ToString("N")[..6];

    public MatchingService.MatchingServiceClient Matching(TestCaller caller) => host.Client<MatchingService.MatchingServiceClient>(caller);

    /// <summary>An investor account whose organisation seeks exactly what the planted offers have.</summary>
    public async Task<(TestCaller Investor, string OrganisationId)> OrganisationAsync(string keyword, bool consent = true)
    {
        var investor = TestCaller.Investor();
        var profile = new OrganisationProfile
        {
            Name = InvestorProfiles.UniqueName("推荐"),
            NameEn = "Planted Forging Investors",
            Type = "company",
            HeadquartersProvince = "山西省",
            HeadquartersCity = "太原市",
            HeadquartersCountry = "CN",
            TicketMinFen = 50_000_000_00,
            TicketMaxFen = 200_000_000_00,
            LandNeededSquareMetres = "10000",
            Description = $"专注{keyword}与精密法兰锻造",
            ConsentToContact = consent,

            // Contacts are kept only with consent.
            ContactName = consent ? "推荐联系人" : string.Empty,
            ContactPhone = consent ? "13912345678" : string.Empty,
            ContactEmail = consent ? "planted@example.com" : string.Empty,
        };
        profile.IndustriesSought.Add("C33");
        profile.ChainPositionsSought.Add("midstream");
        profile.CooperationModes.Add("joint-venture");
        profile.PreferredRegions.Add("山西");
        profile.Languages.Add("zh");
        profile.Keywords.Add(keyword);
        var saved = await host.Client<InvestorsService.InvestorsServiceClient>(investor).SaveMyOrganisationAsync(new SaveMyOrganisationRequest { Profile = profile });
        return (investor, saved.Id);
    }

    /// <summary>A published project of the town with the planted content.</summary>
    public async Task<Guid> ProjectAsync(Guid townId, string keyword)
    {
        var project = ProjectEntry.From(Guid.NewGuid(), townId, $"{keyword}精密法兰项目 " + Guid.NewGuid().ToString("N")[..6], "published", "C3311", 80_000_000_00, 150_000_000_00, DateTimeOffset.UtcNow)
            .WithContent("Precision flange project", $"建设{keyword}与精密法兰锻造生产线", null, ["joint-venture", "equity"], 80_000m);
        await SaveAsync(db => db.ProjectDirectory.Add(project));
        return project.ProjectId;
    }

    /// <summary>An open gap of the town, posted by <paramref name="enterpriseId"/> for itself (null: by the town).</summary>
    public async Task<Guid> GapAsync(Guid townId, Guid? enterpriseId, string keyword)
    {
        var gap = GapEntry.From(Guid.NewGuid(), townId, $"缺少{keyword}毛坯 " + Guid.NewGuid().ToString("N")[..6], "open", DateTimeOffset.UtcNow)
            .WithContent("Forging blanks wanted", "supplier", "C3311", null, enterpriseId);
        await SaveAsync(db => db.GapDirectory.Add(gap));
        return gap.GapId;
    }

    /// <summary>An expo event Leads knows, ending <paramref name="endsInDays"/> days from today.</summary>
    public async Task<Guid> ExpoEventAsync(int endsInDays)
    {
        var today = DateOnly.ParseExact(LeadsData.Today, "yyyy-MM-dd");
        var entry = ExpoEventEntry.From(Guid.NewGuid(), "推荐博览会 " + Guid.NewGuid().ToString("N")[..6], "大同", today.AddDays(endsInDays - 3), today.AddDays(endsInDays), "Asia/Shanghai");
        await SaveAsync(db => db.ExpoEventDirectory.Add(entry));
        return entry.EventId;
    }

    /// <summary>The investor's list once the index shows <paramref name="expected"/> (it follows the change feed).</summary>
    public Task<RecommendationList> InvestorListShowingAsync(TestCaller investor, string kind, Guid expected) =>
        Eventually.GetAsync(
            async () =>
            {
                var list = await Matching(investor).RecommendForInvestorAsync(new RecommendForInvestorRequest { Kind = kind, Limit = 100 });
                return list.Items.Any(i => i.Id == expected.ToString()) ? list : null;
            },
            TimeSpan.FromSeconds(20),
            $"{kind} {expected} in the investor's list");

    /// <summary>The offer's list of investors once the index shows <paramref name="expected"/>.</summary>
    public Task<InvestorRecommendationList> InvestorsShowingAsync(TestCaller caller, RecommendInvestorsRequest request, string expected) =>
        Eventually.GetAsync(
            async () =>
            {
                request.Limit = 100;
                var list = await Matching(caller).RecommendInvestorsAsync(request);
                return list.Items.Any(i => i.Id == expected) ? list : null;
            },
            TimeSpan.FromSeconds(20),
            $"organisation {expected} in the offer's list");

    public Task<FeedbackResult> FeedbackAsync(TestCaller caller, string action, string kind, string itemId, Action<GiveFeedbackRequest>? more = null)
    {
        var request = new GiveFeedbackRequest { Action = action, Kind = kind, ItemId = itemId };
        more?.Invoke(request);
        return Matching(caller).GiveFeedbackAsync(request).ResponseAsync;
    }

    public Task<long> CountAsync(string sql, params object[] parameters) => host.CountAsync(sql, parameters);

    public Task<long> CountOutboxAsync(string eventName, string id) => host.CountOutboxAsync(eventName, id);

    private async Task SaveAsync(Action<LeadsDbContext> add)
    {
        await using var scope = host.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeadsDbContext>();
        add(db);
        await db.SaveChangesAsync();
    }
}
