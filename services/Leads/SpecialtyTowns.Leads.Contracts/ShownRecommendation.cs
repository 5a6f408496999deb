namespace SpecialtyTowns.Leads.Contracts;

/// <summary>
/// One item of a shown list: the offer's or organisation's id, its rank (1 first) and its scores (0-100).
/// A struct: the contracts registry takes every public class of this assembly for an event, and this is none.
/// </summary>
public readonly record struct ShownRecommendation(Guid Id, int Rank, double Score, double InvestorScore, double TownScore);
