using Microsoft.Extensions.Configuration;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Matching;

/// <summary>The planted preferences and the exact search with the weights and balance the service ships (Leads' appsettings.json, learned in bench/).</summary>
public sealed class MatchShippedWeightsTests
{
    private static readonly MatchingOptions Shipped = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepoPaths.Root, "services", "Leads", "SpecialtyTowns.Leads", "appsettings.json"))
        .Build()
        .GetSection(MatchingOptions.Section).Get<MatchingOptions>()!;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Lists_WhenAPreferenceIsPlantedAndTheShippedWeightsScore_RankThePlantedPairFirstInBothDirections(int seed)
    {
        var (index, organisation, project) = MatchEngineRankingTests.Planted(seed);
        var engine = new MatchEngine(index, Shipped);

        var projects = engine.ForInvestor(organisation.Id, OfferKind.Project, 10, _ => false);
        var investors = engine.ForOffer(OfferKind.Project, project.ProjectId, 10, _ => false);

        Assert.Equal(project.ProjectId, projects[0].OfferId);
        Assert.Equal(organisation.Id, investors[0].OrganisationId);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    public void Top_WhenTheShippedWeightsScoreWithAnyBalance_EqualsTheExhaustiveRanking(double investorShare)
    {
        var (index, _, _) = MatchEngineRankingTests.Planted(25);
        var engine = new MatchEngine(index, new MatchingOptions { InvestorWeights = Shipped.InvestorWeights, TownWeights = Shipped.TownWeights, InvestorShare = investorShare });
        var snapshot = index.Current;
        var columns = snapshot.ColumnsOf(OfferKind.Project)!;

        var mismatches = snapshot.Organisations
            .Where(o => !MatchSearch.Top(engine.Scorer, columns, o, 10, _ => false).Select(t => t.Id)
                .SequenceEqual(engine.Exhaustive(snapshot, o, OfferKind.Project, 10, _ => false).Select(r => r.Id)))
            .ToList();

        Assert.Empty(mismatches);
    }
}
