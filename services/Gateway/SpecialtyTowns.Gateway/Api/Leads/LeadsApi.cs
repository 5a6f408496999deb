using SpecialtyTowns.Common.V1;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.Gateway.Errors;

namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>
/// /api/v1/leads: investors register interest; an investor sees only its own leads, a town
/// the leads for it; anyone else's lead answers 404.
/// </summary>
public static class LeadsApi
{
    public static RouteGroupBuilder MapLeadsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/leads").WithTags("Leads");
        group.MapPost("/", CreateAsync).WithName("CreateLead").RequireAuthorization(p => p.RequireRole(Roles.Investor))
            .Produces<LeadResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync).WithName("ListLeads").RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Town, Roles.Admin))
            .WithMetadata(RestFieldNames.Paging).Produces<LeadListResponse>();
        group.MapGet("/{id:guid}", GetAsync).WithName("GetLead").RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Town, Roles.Admin))
            .Produces<LeadResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> CreateAsync(CreateLeadBody body, HttpRequest http, LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken)
    {
        var lead = await leads.CreateLeadAsync(
            new CreateLeadRequest
            {
                RequestId = http.Headers["Idempotency-Key"].ToString(),
                TownId = body.TownId?.ToString() ?? string.Empty,
                Message = body.Message ?? string.Empty,
            },
            cancellationToken: cancellationToken);
        return Results.Created($"/api/v1/leads/{lead.Id}", ToResponse(lead));
    }

    private static async Task<LeadResponse> GetAsync(Guid id, LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken) =>
        ToResponse(await leads.GetLeadAsync(new GetLeadRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

    private static async Task<LeadListResponse> ListAsync(LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken, int pageSize = 20, string? pageToken = null)
    {
        var response = await leads.ListLeadsAsync(
            new ListLeadsRequest { Page = new PageRequest { PageSize = pageSize, PageToken = pageToken ?? string.Empty } },
            cancellationToken: cancellationToken);
        return new LeadListResponse(
            response.Leads.Select(ToResponse).ToList(),
            response.Page.Total,
            string.IsNullOrEmpty(response.Page.NextPageToken) ? null : response.Page.NextPageToken);
    }

    private static LeadResponse ToResponse(Lead lead) =>
        new(lead.Id, lead.InvestorId, lead.TownId, lead.Message, lead.Stage, lead.CreatedAt.ToDateTimeOffset());
}
