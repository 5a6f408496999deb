namespace SpecialtyTowns.Leads.Application.Funnel;

/// <summary>One stage's settings: days before stalled (0: never) and the weighted pipeline's probability (0-1).</summary>
public sealed class StageSetting
{
    public int LimitDays { get; init; }

    public double Probability { get; init; }
}
