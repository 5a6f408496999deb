using SpecialtyTowns.Enterprises.Domain.Gaps;

namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>
/// A gap as the seed file states it: at a node (by key), posted by the town (PostedBy null) or by one
/// of its enterprises (by name). Seeded gaps are open: an article that reports a gap filled or
/// withdrawn would need its own status, and none does.
/// </summary>
/// <param name="Key">Stable in the file (unique per town): what the seed matches on, whatever the gap is retitled to.</param>
public sealed record ChainSeedGap(
    string Key,
    string? Node,
    string? PostedBy,
    string Kind,
    string Status,
    string? IndustryCode,
    string Title,
    string? TitleEn,
    string Description,
    string? DescriptionEn,
    IReadOnlyList<string>? Keywords,
    SeedEvidence Evidence)
{
    /// <summary>The content, its description ending with the evidence so that readers see where it comes from.</summary>
    public ChainGapContent ToContent(Guid? nodeId)
    {
        if (GapKeys.ParseStatus(Status) != GapStatus.Open)
        {
            throw new InvalidOperationException($"Seed gap {Title}: only open gaps are seeded, not '{Status}'");
        }

        return new ChainGapContent(
            Title,
            TitleEn,
            nodeId,
            GapKeys.ParseKind(Kind) ?? throw new InvalidOperationException($"Seed gap {Title}: unknown kind '{Kind}'"),
            $"{Description}\n\n来源 Source: {Evidence.ToText()}",
            DescriptionEn,
            Specification: null,
            YearlyVolume: null,
            VolumeUnit: null,
            AnchorBuyer: null,
            Incentives: null,
            Deadline: null,
            IndustryCode,
            Keywords ?? []);
    }
}
