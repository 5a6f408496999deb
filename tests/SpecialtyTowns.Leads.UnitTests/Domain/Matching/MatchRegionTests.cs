using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Matching;

/// <summary>Towns write their city "大同 Datong" (as seeded); investors write a region as they like.</summary>
public sealed class MatchRegionTests
{
    [Theory]
    [InlineData("大同")]
    [InlineData("大同市")]
    [InlineData("Datong")]
    [InlineData("大同 Datong")]
    public void Score_WhenThePreferredRegionNamesTheTownsCityInAnyForm_GivesTheRegionReasonInEachLanguage(string preferred)
    {
        var engine = Engine("大同 Datong", preferred, out var organisationId, out var projectId);

        var result = engine.Score(organisationId, OfferKind.Project, projectId)!;

        var reason = Assert.Single(result.Reasons, r => r.Side == MatchSide.Investor && r.Feature == MatchFeatures.Region);
        Assert.Equal($"偏好地区：{preferred}（项目位于大同）", reason.Text);
        Assert.Equal($"Preferred region: {preferred} (the offer is in Datong)", reason.TextEn);
    }

    [Fact]
    public void Score_WhenThePreferredRegionIsAnotherCity_GivesNoRegionReason()
    {
        var engine = Engine("大同 Datong", "晋城", out var organisationId, out var projectId);

        var result = engine.Score(organisationId, OfferKind.Project, projectId)!;

        Assert.DoesNotContain(result.Reasons, r => r.Feature == MatchFeatures.Region);
    }

    private static MatchEngine Engine(string city, string preferred, out Guid organisationId, out Guid projectId)
    {
        var index = new MatchIndex();
        var town = MatchData.Town("地区测试镇", city);
        var organisation = MatchData.Organisation(new OrganisationProfile
        {
            Name = "地区测试投资",
            IndustriesSought = ["C"],
            PreferredRegions = [preferred],
            TicketMinFen = 10 * MatchData.Wan,
            ConsentToContact = true,
        });
        var project = MatchData.Project(town.TownId, "published", "C33", 100 * MatchData.Wan, 300 * MatchData.Wan, "地区测试项目");
        index.Put(town);
        index.Put(organisation);
        index.Put(project);
        index.Publish();
        (organisationId, projectId) = (organisation.Id, project.ProjectId);
        return MatchData.Engine(index);
    }
}
