using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Domain.Projects;


namespace SpecialtyTowns.Towns.Infrastructure.Search;

/// <summary>What the index holds of a town and of a public project (drafts and withdrawn ones never).</summary>
public static class SearchDocuments
{
    public static SearchDocument Of(Town town) => new()
    {
        Id = town.Id,
        Kind = SearchKinds.Town,
        Title = town.Name,
        TitleEn = town.NameEn,
        Text = string.Join('\n', [town.MainIndustry, .. town.Facts]),
        TextEn = string.Join('\n', [town.MainIndustry, .. town.Facts]),
        Keywords = [town.MainIndustry],
        TownId = town.Id,
        TownName = town.Name,
        City = town.City,
        County = town.County,
        Level = TownKeys.Of(town.Level),
        Category = TownKeys.Of(town.Category),
        PublishedAt = town.RegisteredAt,
    };

    public static SearchDocument? Of(InvestmentProject project, Town town) => !ProjectLifecycle.IsPublic(project.Status) ? null : new()
    {
        Id = project.Id,
        Kind = SearchKinds.Project,
        Title = project.Title,
        TitleEn = project.TitleEn,
        Text = string.Join('\n', new[] { project.Description, project.Incentives, project.Location }.Where(t => !string.IsNullOrEmpty(t))),
        TextEn = project.DescriptionEn,
        Keywords = [town.MainIndustry],
        TownId = town.Id,
        TownName = town.Name,
        City = town.City,
        County = town.County,
        Level = TownKeys.Of(town.Level),
        Category = TownKeys.Of(town.Category),
        Industry = project.IndustryCode,
        AmountMinFen = project.AmountMinFen,
        AmountMaxFen = project.AmountMaxFen,
        CooperationModes = project.CooperationModes,
        Status = ProjectKeys.Of(project.Status),
        PublishedAt = project.PublishedAt ?? project.UpdatedAt,
    };
}
