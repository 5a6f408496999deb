using SpecialtyTowns.Gateway.Api.Projects;

namespace SpecialtyTowns.Gateway.Api.Towns;

/// <summary>A page of a town's projects; <c>total</c> counts those the caller may see.</summary>
public sealed record TownProjectsResponse(IReadOnlyList<ProjectResponse> Items, int Total, int Page, int PageSize);
