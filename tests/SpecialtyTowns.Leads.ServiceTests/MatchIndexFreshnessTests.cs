extern alias leads;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.TestKit;
using IMatchQueries = leads::SpecialtyTowns.Leads.Domain.Matching.IMatchQueries;
using LeadsDbContext = leads::SpecialtyTowns.Leads.Infrastructure.LeadsDbContext;
using OfferKind = leads::SpecialtyTowns.Leads.Domain.Matching.OfferKind;
using Organisation = leads::SpecialtyTowns.Leads.Domain.Investors.InvestorOrganisation;
using OrganisationProfile = leads::SpecialtyTowns.Leads.Domain.Investors.OrganisationProfile;
using ProjectEntry = leads::SpecialtyTowns.Leads.Domain.Directory.ProjectEntry;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>The replica's match index follows the match_changes feed: rows written to the database reach the lists within seconds.</summary>
[Collection(LeadsCollection.Name)]
public sealed class MatchIndexFreshnessTests(LeadsHost host)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(5);

    private readonly LeadsData _data = new(host);

    [Fact]
    public async Task ForInvestor_WhenAProjectIsPublishedThenWithdrawn_FollowsWithinSeconds()
    {
        var townId = await _data.KnownTownAsync();
        var organisationId = await OrganisationAsync(["C33"], "法兰锻造 " + Guid.NewGuid().ToString("N")[..6]);
        var project = ProjectEntry.From(Guid.NewGuid(), townId, "法兰锻造项目", "published", "C33", 100_000_00, 500_000_00, DateTimeOffset.UtcNow);

        await WriteAsync(db => db.ProjectDirectory.Add(project));
        await Eventually.TrueAsync(() => Task.FromResult(Listed(organisationId, project.ProjectId)), Fresh, "the published project in the investor's list");
        await WriteAsync(db => db.ProjectDirectory.Single(p => p.ProjectId == project.ProjectId)
            .Apply(ProjectEntry.From(project.ProjectId, townId, project.Title, "withdrawn", "C33", 100_000_00, 500_000_00, DateTimeOffset.UtcNow.AddSeconds(1))));

        await Eventually.TrueAsync(() => Task.FromResult(!Listed(organisationId, project.ProjectId)), Fresh, "the withdrawn project gone from the investor's list");
    }

    [Fact]
    public async Task ForOffer_WhenAnOrganisationEditsItsProfile_FollowsWithinSeconds()
    {
        var townId = await _data.KnownTownAsync();
        var projectId = await _data.ProjectAsync(townId);
        var organisationId = await OrganisationAsync(["A01"], "农业");
        var queries = host.Server.Services.GetRequiredService<IMatchQueries>();
        await Eventually.TrueAsync(() => Task.FromResult(queries.Score(organisationId, OfferKind.Project, projectId) is not null), Fresh, "the organisation in the index");
        var before = queries.Score(organisationId, OfferKind.Project, projectId)!;

        await WriteAsync(db =>
        {
            var organisation = db.Organisations.Single(o => o.Id == organisationId);
            organisation.Apply(organisation.Profile with { IndustriesSought = ["C33"] }, DateTimeOffset.UtcNow);
        });

        await Eventually.TrueAsync(
            () => Task.FromResult(queries.ForOffer(OfferKind.Project, projectId, 100, _ => false).Any(r => r.OrganisationId == organisationId && r.Score > before.Score)),
            Fresh,
            "the edited organisation ranked higher for the project");
        Assert.Contains(queries.Score(organisationId, OfferKind.Project, projectId)!.Reasons, r => r.Feature == "industry");
    }

    private bool Listed(Guid organisationId, Guid projectId) =>
        host.Server.Services.GetRequiredService<IMatchQueries>().ForInvestor(organisationId, OfferKind.Project, 100, _ => false).Any(r => r.OfferId == projectId);

    private async Task<Guid> OrganisationAsync(IReadOnlyList<string> industries, string keyword)
    {
        var organisation = Organisation.Register(
            new OrganisationProfile { Name = "匹配投资 " + Guid.NewGuid().ToString("N")[..10], IndustriesSought = industries, Keywords = [keyword], Languages = ["zh"], ConsentToContact = true },
            DateTimeOffset.UtcNow);
        await WriteAsync(db => db.Organisations.Add(organisation));
        return organisation.Id;
    }

    private async Task WriteAsync(Action<LeadsDbContext> change)
    {
        await using var scope = host.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeadsDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }
}
