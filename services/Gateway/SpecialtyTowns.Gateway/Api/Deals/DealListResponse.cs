namespace SpecialtyTowns.Gateway.Api.Deals;

public sealed record DealListResponse(IReadOnlyList<DealResponse> Items, int Total, string? NextPageToken);
