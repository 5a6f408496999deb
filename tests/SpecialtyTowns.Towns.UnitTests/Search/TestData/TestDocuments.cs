using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search.TestData;

/// <summary>Small hand-made project documents for tests that need exact values.</summary>
public static class TestDocuments
{
    public static readonly DateTimeOffset Epoch = new(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static SearchDocument Project(
        string title,
        long? minFen = null,
        long? maxFen = null,
        int daysAfterEpoch = 0,
        string text = "",
        string status = ProjectStatuses.Published) => new()
        {
            Id = Guid.NewGuid(),
            Kind = SearchKinds.Project,
            Title = title,
            Text = text,
            TownId = SeedData.Town(SeedData.DingxiangFlange).Id,
            TownName = SeedData.DingxiangFlange,
            County = "定襄县 Dingxiang",
            Level = TownLevels.Provincial,
            Category = TownCategories.AdvancedManufacturing,
            Industry = "C33",
            AmountMinFen = minFen,
            AmountMaxFen = maxFen,
            CooperationModes = ["equity"],
            Status = status,
            PublishedAt = Epoch.AddDays(daysAfterEpoch),
        };

    public static long Cny(long yuan) => yuan * 100;
}
