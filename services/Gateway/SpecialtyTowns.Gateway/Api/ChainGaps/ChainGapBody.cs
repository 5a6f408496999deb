namespace SpecialtyTowns.Gateway.Api.ChainGaps;

/// <summary>
/// A supply-chain gap's content (post, or replace with PUT). <c>townId</c> is for admins posting (towns and
/// enterprises post for their own town); <c>kind</c> is product, process or service; <c>yearlyVolume</c> a
/// non-negative number with its <c>volumeUnit</c>; <c>deadline</c> YYYY-MM-DD; <c>expectedVersion</c> the
/// version a replace was made on (absent or 0: no check).
/// </summary>
public sealed record ChainGapBody(
    Guid? TownId,
    string? Title,
    string? TitleEn,
    Guid? ChainNodeId,
    string? Kind,
    string? Description,
    string? DescriptionEn,
    string? Specification,
    decimal? YearlyVolume,
    string? VolumeUnit,
    string? AnchorBuyer,
    string? Incentives,
    string? Deadline,
    string? IndustryCode,
    IReadOnlyList<string>? Keywords,
    int? ExpectedVersion);
