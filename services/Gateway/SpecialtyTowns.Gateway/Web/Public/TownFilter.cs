using SpecialtyTowns.Gateway.Api.Towns;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Web.Public;

/// <summary>
/// The home page's filters as they travel in its query string (the REST API's keys:
/// <c>?category=advanced-manufacturing&amp;level=provincial&amp;city=晋中市</c>). An unknown key filters nothing out.
/// </summary>
public sealed record TownFilter(string? Category, string? Level, string? City)
{
    public bool IsEmpty => string.IsNullOrEmpty(Category) && string.IsNullOrEmpty(Level) && string.IsNullOrEmpty(City);

    public IEnumerable<Town> Apply(IEnumerable<Town> towns) => towns.Where(Matches);

    public bool Matches(Town town) =>
        (Category is null || !TownKeys.Categories.TryGetValue(Category, out var category) || town.Category == category)
        && (Level is null || !TownKeys.Levels.TryGetValue(Level, out var level) || town.Level == level)
        && (string.IsNullOrEmpty(City) || string.Equals(town.City, City, StringComparison.Ordinal));
}
