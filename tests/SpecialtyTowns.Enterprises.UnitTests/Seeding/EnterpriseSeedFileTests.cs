using SpecialtyTowns.SharedKernel.Identifiers;
using System.Text.Json;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Seeding;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.UnitTests.Seeding;

/// <summary>data/enterprises.json holds only what the articles say, for towns that exist.</summary>
public sealed class EnterpriseSeedFileTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Enterprises_WhenRead_NameOnlyTownsOfTheTownSeedFile()
    {
        var seed = await LoadAsync();
        using var towns = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "data", "shanxi-specialty-towns.json")));
        var townNames = towns.RootElement.GetProperty("towns").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToHashSet();

        var unknown = seed.Enterprises.Where(e => !townNames.Contains(e.Town)).Select(e => $"{e.Name} → {e.Town}").ToList();

        Assert.NotEmpty(seed.Enterprises);
        Assert.Empty(unknown);
    }

    [Fact]
    public async Task Enterprises_WhenRead_HaveASeedKeyUniqueInTheirTown()
    {
        var seed = await LoadAsync();

        var keys = seed.Enterprises.Select(e => (e.Town, e.Key)).ToList();

        Assert.All(keys, k => Assert.False(string.IsNullOrWhiteSpace(k.Key)));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task Enterprises_WhenRead_QuoteTheirArticlesVerbatim()
    {
        var seed = await LoadAsync();

        var missing = new List<string>();
        foreach (var enterprise in seed.Enterprises)
        {
            var article = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "data", "sources", enterprise.Source.File));
            missing.AddRange(enterprise.Source.Quotes.Where(q => !article.Contains(q, StringComparison.Ordinal)).Select(q => $"{enterprise.Name}: {q}"));
        }

        Assert.All(seed.Enterprises, e => Assert.NotEmpty(e.Source.Quotes));
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Enterprises_WhenRead_NameThemselvesAndTheirFiguresInTheirQuotes()
    {
        var seed = await LoadAsync();

        var unsupported = seed.Enterprises
            .Where(e => !e.Source.Quotes.Any(q => q.Contains(e.Name, StringComparison.Ordinal))
                || (e.UnifiedSocialCreditCode is { } code && !e.Source.Quotes.Any(q => q.Contains(code, StringComparison.Ordinal)))
                || (e.CncRatePercent is { } rate && !e.Source.Quotes.Any(q => q.Contains($"{rate}%", StringComparison.Ordinal)))
                || (e.FoundedYear is { } year && !e.Source.Quotes.Any(q => q.Contains($"{year}", StringComparison.Ordinal)))
                || (e.Leading && !e.Source.Quotes.Any(q => q.Contains("龙头企业", StringComparison.Ordinal))))
            .Select(e => e.Name)
            .ToList();

        Assert.Empty(unsupported);
    }

    [Fact]
    public async Task Enterprises_WhenMappedToRegistrations_PassTheProfileRulesAndAreUniqueInTheirTown()
    {
        var seed = await LoadAsync();
        var townId = Guid.NewGuid();

        var profiles = seed.Enterprises.Select(e => EnterpriseProfileRules.Check(EnterpriseSeedStep.ToCommand(townId, e).Profile, Now)).ToList();

        Assert.All(profiles, p => Assert.InRange(p.Source!.Length, 1, EnterpriseLimits.Source));
        Assert.Equal(seed.Enterprises.Count, seed.Enterprises.Select(e => (e.Town, e.Name)).Distinct().Count());
    }

    [Fact]
    public async Task Enterprises_WhenRead_IncludeTheDingxiangFlangeLeaderAndTheDatongPharmaFirms()
    {
        var seed = await LoadAsync();

        var tianbao = Assert.Single(seed.Enterprises, e => e.Name == "山西天宝集团有限公司");
        Assert.Equal(("定襄法兰专业镇", true, 80m), (tianbao.Town, tianbao.Leading, tianbao.CncRatePercent));
        Assert.Equal(
            ["广盛原中医药有限公司", "山西双雁健康产业(集团)有限公司", "山西双雁药业有限公司"],
            seed.Enterprises.Where(e => e.Town == "大同经济技术开发区医药专业镇").Select(e => e.Name));
    }

    private static Task<SeedEnterprises> LoadAsync() =>
        EnterpriseSeedStep.LoadAsync(Path.Combine(RepoPaths.Root, "data", "enterprises.json"), CancellationToken.None);
}
