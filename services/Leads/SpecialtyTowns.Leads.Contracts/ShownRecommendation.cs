namespace SpecialtyTowns.Leads.Contracts;

/// <summary>
/// One item of a shown list: the offer's or organisation's id, its rank (1 first) and its scores (0-100).
/// A struct, not a class: the outbox registers every public class of a contracts assembly as a message.
/// </summary>
public readonly record struct ShownRecommendation(Guid Id, int Rank, double Score, double InvestorScore, double TownScore);
