namespace SpecialtyTowns.Gateway.Api.Recommendations;

/// <summary>A recommended project, town or gap for the investor: scores 0-100 (combined and each side's), both sides' reasons, money in fen (projects).</summary>
public sealed record RecommendationItem(
    string Id,
    string Kind,
    string Title,
    string? TitleEn,
    string TownId,
    string TownName,
    string? City,
    double Score,
    double InvestorScore,
    double TownScore,
    IReadOnlyList<RecommendationReason> Reasons,
    bool Saved,
    string? IndustryCode,
    long AmountMinFen,
    long AmountMaxFen);
