namespace SpecialtyTowns.Gateway.Api.Recommendations;

/// <summary>A candidate the caller already has a lead with, shown apart (leadId and stage absent where the caller may not see leads).</summary>
public sealed record ExistingLeadItem(string Id, string Kind, string Title, string? LeadId, string? Stage);
