using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Domain.Matching;

namespace SpecialtyTowns.Enterprises.Application.Matching;

/// <summary>Gaps and enterprises as matching reads them.</summary>
public static class MatchingProfiles
{
    public static GapNeed Of(ChainGap gap, ChainNode? node) => new(
        gap.Id, gap.TownId, gap.Title, gap.TitleEn, gap.Keywords, gap.Description, gap.DescriptionEn, gap.Specification,
        gap.YearlyVolume, gap.VolumeUnit, gap.IndustryCode, node?.Name, node?.Products ?? []);

    public static EnterpriseOffer Of(Enterprise enterprise) => new(
        enterprise.Id, enterprise.TownId, enterprise.Name, enterprise.NameEn, enterprise.Products, enterprise.Certifications,
        enterprise.Equipment, enterprise.Capacities, enterprise.IndustryCode, enterprise.Description, enterprise.DescriptionEn,
        enterprise.Leading);
}
