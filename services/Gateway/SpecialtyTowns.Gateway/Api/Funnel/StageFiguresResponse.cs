namespace SpecialtyTowns.Gateway.Api.Funnel;

public sealed record StageFiguresResponse(
    string Stage,
    long Count,
    decimal AmountYuan,
    decimal WeightedAmountYuan,
    double Probability,
    long Reached,
    double ConversionToNext,
    double MedianDays);
