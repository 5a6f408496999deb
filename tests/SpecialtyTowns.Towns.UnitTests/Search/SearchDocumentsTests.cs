using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search;

public sealed class SearchDocumentsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly Town Town = Town.Register(
        new TownRegistration(
            "定襄法兰专业镇",
            "Dingxiang Flange Town",
            "忻州 Xinzhou",
            "定襄县 Dingxiang",
            TownLevel.Provincial,
            TownCategory.AdvancedManufacturing,
            "法兰 flanges",
            ["One in every three exported flanges comes from Dingxiang"]),
        Now);

    [Fact]
    public void Of_WhenGivenATown_IndexesItsNameIndustryAndFactsWithItsPlaceAndKeys()
    {
        var document = SearchDocuments.Of(Town);

        Assert.Equal((Town.Id, Town.Id, SearchKinds.Town), (document.Id, document.TownId, document.Kind));
        Assert.Equal(("定襄法兰专业镇", "Dingxiang Flange Town"), (document.Title, document.TitleEn));
        Assert.Equal("法兰 flanges\nOne in every three exported flanges comes from Dingxiang", document.Text);
        Assert.Equal(["法兰 flanges"], document.Keywords);
        Assert.Equal((TownLevels.Provincial, TownCategories.AdvancedManufacturing), (document.Level, document.Category));
        Assert.Null(document.Status);
    }

    [Theory]
    [InlineData(ProjectStatus.Draft)]
    [InlineData(ProjectStatus.Withdrawn)]
    public void Of_WhenTheProjectIsNotPublic_GivesNoDocument(ProjectStatus status)
    {
        var project = Project();
        if (status == ProjectStatus.Withdrawn)
        {
            project.MoveTo(ProjectStatus.Withdrawn, "u", null, Now);
        }

        Assert.Null(SearchDocuments.Of(project, Town));
    }

    [Fact]
    public void Of_WhenTheProjectIsPublished_CarriesItsTownsPlaceAndCategoryAndItsOwnAmountAndStatus()
    {
        var project = Project();
        project.MoveTo(ProjectStatus.Published, "u", null, Now);

        var document = SearchDocuments.Of(project, Town)!;

        Assert.Equal((project.Id, Town.Id, SearchKinds.Project), (document.Id, document.TownId, document.Kind));
        Assert.Equal((Town.Name, Town.City, Town.County), (document.TownName, document.City, document.County));
        Assert.Equal(TownCategories.AdvancedManufacturing, document.Category);
        Assert.Equal(("C33", 5_000_000_000L, 12_000_000_000L), (document.Industry, document.AmountMinFen, document.AmountMaxFen));
        Assert.Equal((ProjectStatuses.Published, Now), (document.Status, document.PublishedAt));
    }

    private static InvestmentProject Project() => InvestmentProject.Draft(
        Town.Id,
        new ProjectContent(
            "年产10万吨精密法兰项目", null, "定襄法兰产业集群配套项目", null, "C33",
            5_000_000_000, 12_000_000_000, ["joint-venture"], 20000m, null, "定襄经济技术开发区", null, null, null, null),
        "u",
        Now);
}
