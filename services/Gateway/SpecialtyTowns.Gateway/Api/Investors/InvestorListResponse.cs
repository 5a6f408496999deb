namespace SpecialtyTowns.Gateway.Api.Investors;

public sealed record InvestorListResponse(IReadOnlyList<InvestorOrganisationResponse> Organisations);
