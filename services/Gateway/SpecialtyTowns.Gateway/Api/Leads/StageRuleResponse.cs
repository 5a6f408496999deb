namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>One stage of the pipeline: where it may move, what a move to it requires, its stall limit and probability.</summary>
public sealed record StageRuleResponse(
    string Stage,
    string NameZh,
    string NameEn,
    IReadOnlyList<string> NextStages,
    IReadOnlyList<string> RequiredFields,
    int LimitDays,
    double Probability,
    bool Open);
