using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SpecialtyTowns.Gateway.Web.Localization;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class PublicLabelsTests
{
    public static TheoryData<string> Cultures => new() { "zh-CN", "en" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Labels_WhenEveryKnownValueIsAsked_HaveTextOfTheirOwnInBothLanguages(string cultureName)
    {
        using var culture = new CultureScope(cultureName);
        var text = Localizer();

        var labels = Enum.GetValues<TownCategory>().Select(c => PublicLabels.Category(text, c))
            .Concat(Enum.GetValues<TownLevel>().Select(l => PublicLabels.Level(text, l)))
            .Concat(PublicLabels.Statuses.Select(s => PublicLabels.Status(text, s)))
            .Concat(PublicLabels.CooperationModes.Select(m => PublicLabels.CooperationMode(text, m)))
            .Concat(PublicLabels.Units.Select(u => PublicLabels.Unit(text, u)))
            .ToList();

        Assert.DoesNotContain(labels, label => label.Contains('.', StringComparison.Ordinal) || label.Contains('-', StringComparison.Ordinal));
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Theory]
    [InlineData("zh-CN", "已发布", "合资经营", "先进制造业", "省级")]
    [InlineData("en", "Published", "Joint venture", "Advanced manufacturing", "Provincial")]
    public void Labels_WhenAsked_AreInTheReadersLanguage(string cultureName, string status, string mode, string category, string level)
    {
        using var culture = new CultureScope(cultureName);
        var text = Localizer();

        Assert.Equal(status, PublicLabels.Status(text, "published"));
        Assert.Equal(mode, PublicLabels.CooperationMode(text, "joint-venture"));
        Assert.Equal(category, PublicLabels.Category(text, TownCategory.AdvancedManufacturing));
        Assert.Equal(level, PublicLabels.Level(text, TownLevel.Provincial));
    }

    [Fact]
    public void Labels_WhenAValueIsNewToThePages_ShowItAsGivenOrAsNotStated()
    {
        using var culture = new CultureScope("en");
        var text = Localizer();

        Assert.Equal("auctioned", PublicLabels.Status(text, "auctioned"));
        Assert.Equal("barter", PublicLabels.CooperationMode(text, "barter"));
        Assert.Equal("Category not stated", PublicLabels.Category(text, (TownCategory)42));
        Assert.Equal("Level not stated", PublicLabels.Level(text, (TownLevel)7));
    }

    private static IStringLocalizer<PublicText> Localizer()
    {
        var services = new ServiceCollection().AddLogging().AddLocalization(options => options.ResourcesPath = "Resources").BuildServiceProvider();
        return services.GetRequiredService<IStringLocalizer<PublicText>>();
    }
}
