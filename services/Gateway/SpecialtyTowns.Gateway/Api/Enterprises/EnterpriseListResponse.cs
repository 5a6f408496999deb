namespace SpecialtyTowns.Gateway.Api.Enterprises;

/// <summary>A page of a town's enterprises, leading ones first.</summary>
public sealed record EnterpriseListResponse(IReadOnlyList<EnterpriseResponse> Items, int Total, int Page, int PageSize);
