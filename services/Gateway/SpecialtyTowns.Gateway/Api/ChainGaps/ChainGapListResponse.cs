namespace SpecialtyTowns.Gateway.Api.ChainGaps;

/// <summary>A page of a town's or an enterprise's gaps, newest first; <c>total</c> counts those the caller may see.</summary>
public sealed record ChainGapListResponse(IReadOnlyList<ChainGapResponse> Items, int Total, int Page, int PageSize);
