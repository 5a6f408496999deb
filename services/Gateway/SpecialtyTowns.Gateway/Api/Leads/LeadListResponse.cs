namespace SpecialtyTowns.Gateway.Api.Leads;

public sealed record LeadListResponse(IReadOnlyList<LeadResponse> Items, int Total, string? NextPageToken);
