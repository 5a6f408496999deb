namespace SpecialtyTowns.Gateway.Api.Recommendations;

/// <summary>A recommended investor organisation: its public profile fields only (never contacts), scores 0-100, both sides' reasons, money in fen.</summary>
public sealed record InvestorRecommendationItem(
    string Id,
    string Name,
    string? NameEn,
    string Type,
    double Score,
    double InvestorScore,
    double TownScore,
    IReadOnlyList<RecommendationReason> Reasons,
    bool Saved,
    IReadOnlyList<string> IndustriesSought,
    IReadOnlyList<string> ChainPositionsSought,
    long? TicketMinFen,
    long? TicketMaxFen,
    IReadOnlyList<string> PreferredRegions,
    IReadOnlyList<string> CooperationModes,
    IReadOnlyList<string> Languages,
    string? HeadquartersCity,
    string? HeadquartersCountry,
    int Completeness);
