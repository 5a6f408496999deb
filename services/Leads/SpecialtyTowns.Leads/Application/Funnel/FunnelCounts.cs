using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application.Funnel;

/// <summary>What the database adds up for a scope: the summary's rows and the year's deals.</summary>
public sealed record FunnelCounts(
    IReadOnlyDictionary<LeadStage, (long Leads, long AmountFen)> Current,
    IReadOnlyDictionary<LeadStage, long> Reached,
    IReadOnlyDictionary<LeadStage, Dictionary<long, long>> DaysInStage,
    IReadOnlyDictionary<string, long> LostByReason,
    DealCounts Deals,
    long TargetFen);
