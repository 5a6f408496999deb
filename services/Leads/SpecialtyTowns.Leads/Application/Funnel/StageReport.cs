using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application.Funnel;

public sealed record StageReport(
    LeadStage Stage,
    long Count,
    long AmountFen,
    long WeightedAmountFen,
    long Reached,
    double ConversionToNext,
    double MedianDays,
    double Probability);
