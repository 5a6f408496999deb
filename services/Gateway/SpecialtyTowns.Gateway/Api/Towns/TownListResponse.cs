namespace SpecialtyTowns.Gateway.Api.Towns;

public sealed record TownListResponse(IReadOnlyList<TownResponse> Items, int Total, string? NextPageToken);
