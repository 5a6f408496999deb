using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.ServiceTests;

/// <summary>Creates what a test needs through the service's own RPCs, with unique names.</summary>
public static class TownsData
{
    public static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A word of letters only that no other test uses: the analyzers keep it as one token.</summary>
    public static string UniqueWord() => "zq" + string.Concat(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16)))));

    public static RegisterTownRequest Registration(string? requestId = null) => new()
    {
        RequestId = requestId ?? string.Empty,
        Name = Unique("测试镇"),
        NameEn = "Test Town",
        City = "太原市",
        County = "清徐县",
        Level = TownLevel.Provincial,
        Category = TownCategory.SpecialtyLightIndustry,
        MainIndustry = "老陈醋",
        Facts = { "酿醋历史三千年" },
    };

    public static async Task<Town> RegisterTownAsync(this TownsHost host) =>
        await host.Client<TownsService.TownsServiceClient>(TestCaller.Admin()).RegisterTownAsync(Registration());

    public static ProjectContent Content(string? title = null) => new()
    {
        Title = title ?? Unique("醋产业园招商"),
        TitleEn = "Vinegar industrial park",
        Description = "引进醋饮料深加工企业",
        IndustryCode = "C14",
        AmountMinFen = 100_000_000,
        AmountMaxFen = 500_000_000,
        CooperationModes = { "equity", "joint-venture" },
        LandAreaSquareMetres = "12000.50",
        Location = "清徐经济开发区",
        // Relative to now: a deadline may not be in the past nor over ten years ahead (ProjectDeadline).
        Deadline = DaysFromToday(200),
        ContactName = "王主任",
        ContactPhone = "0351-5720000",
        ContactEmail = "invest@qingxu.example",
    };

    /// <summary>A date as YYYY-MM-DD, <paramref name="days"/> after today (UTC; China is at most a day ahead).</summary>
    public static string DaysFromToday(int days) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static ProjectsService.ProjectsServiceClient Projects(this TownsHost host, TestCaller? caller) =>
        host.Client<ProjectsService.ProjectsServiceClient>(caller);

    public static TownsService.TownsServiceClient Towns(this TownsHost host, TestCaller? caller) =>
        host.Client<TownsService.TownsServiceClient>(caller);

    /// <summary>A new town and one draft project of it, made by the town's own account.</summary>
    public static async Task<(Town Town, TestCaller Owner, Project Project)> DraftProjectAsync(this TownsHost host, string? title = null)
    {
        var town = await host.RegisterTownAsync();
        var owner = TestCaller.Town(Guid.Parse(town.Id));
        var project = await host.Projects(owner).CreateProjectAsync(new CreateProjectRequest { Content = Content(title) });
        return (town, owner, project);
    }

    public static async Task<(Town Town, TestCaller Owner, Project Project)> PublishedProjectAsync(this TownsHost host, string? title = null)
    {
        var (town, owner, project) = await host.DraftProjectAsync(title);
        var published = await host.Projects(owner).ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = project.Id, Status = "published" });
        return (town, owner, published);
    }
}
