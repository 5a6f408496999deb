namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>The town's whole list of lost reasons, in order; a left-out reason that leads use is retired.</summary>
public sealed record LostReasonsBody(IReadOnlyList<LostReasonDto>? Reasons);
