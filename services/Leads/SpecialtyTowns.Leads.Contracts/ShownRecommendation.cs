namespace SpecialtyTowns.Leads.Contracts;

/// <summary>One item of a shown list: the offer's or organisation's id, its rank (1 first) and its scores (0-100).</summary>
public sealed record ShownRecommendation(Guid Id, int Rank, double Score, double InvestorScore, double TownScore);
