using SpecialtyTowns.Towns.Contracts;
using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.Application;

/// <summary>
/// The project events as they leave Towns: each carries the project as it now is, content included
/// (Leads' matching reads the English title, descriptions, cooperation modes and land from them).
/// </summary>
public static class ProjectAnnouncements
{
    public static ProjectPublished Published(InvestmentProject p, DateTimeOffset at) => new(
        p.Id, p.TownId, p.Title, ProjectKeys.Of(p.Status), p.IndustryCode, p.AmountMinFen, p.AmountMaxFen, at,
        p.TitleEn, p.Description, p.DescriptionEn, [.. p.CooperationModes], p.LandAreaSquareMetres);

    public static ProjectUpdated Updated(InvestmentProject p, DateTimeOffset at) => new(
        p.Id, p.TownId, p.Title, ProjectKeys.Of(p.Status), p.IndustryCode, p.AmountMinFen, p.AmountMaxFen, at,
        p.TitleEn, p.Description, p.DescriptionEn, [.. p.CooperationModes], p.LandAreaSquareMetres);

    public static ProjectWithdrawn Withdrawn(InvestmentProject p, DateTimeOffset at) => new(
        p.Id, p.TownId, p.Title, ProjectKeys.Of(p.Status), p.IndustryCode, p.AmountMinFen, p.AmountMaxFen, at,
        p.TitleEn, p.Description, p.DescriptionEn, [.. p.CooperationModes], p.LandAreaSquareMetres);
}
