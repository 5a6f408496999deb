namespace SpecialtyTowns.Search.UnitTests.TestData;

/// <summary>Six articles over three sections and a topic tree. Tests using it only read.</summary>
public sealed class ArticleIndexFixture : IDisposable
{
    public ArticleIndexFixture()
    {
        All =
        [
            Articles.Make("solar-grid", "光伏电站并网发电", "大同的光伏电站今年并网。", topic: "energy.solar", words: 800, daysAfterEpoch: 1) with
            {
                HeadlineEn = "Solar power station joins the grid",
                BodyEn = "Its panels feed the grid.",
                Tags = ["solar", "grid"],
            },
            Articles.Make("wind", "风电项目开工", "风电与光伏互补。", topic: "energy.wind", words: 500, daysAfterEpoch: 2) with { Tags = ["wind"] },
            Articles.Make("final", "篮球联赛决赛", "决赛在太原举行。", "sport", "sport.basketball", daysAfterEpoch: 3, author: "李编辑") with { Tags = ["final"] },
            Articles.Make("paper-cut", "非遗剪纸展览", "展览介绍剪纸艺术。", "culture", "culture.craft", 1200, 4) with { HeadlineEn = "Paper-cutting exhibition" },
            Articles.Make("storage", "储能电站招标", "电站配套储能。", topic: "energy", words: 300, daysAfterEpoch: 5) with { Tags = ["grid"] },
            Articles.Make("modules", "光伏组件降价", "组件价格下降。", topic: "energy.solar", words: 200, daysAfterEpoch: 6) with { HeadlineEn = "Solar panels get cheaper" },
        ];
        Index = Articles.InMemory([.. All]);
    }

    public IReadOnlyList<Article> All { get; }

    public SearchIndex<Article> Index { get; }

    public void Dispose() => Index.Dispose();
}
