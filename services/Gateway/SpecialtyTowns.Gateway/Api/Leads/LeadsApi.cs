using Microsoft.AspNetCore.Mvc;
using SpecialtyTowns.Common.V1;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>
/// /api/v1/leads: investors register interest, towns enter the leads they met and move them through the
/// pipeline. An investor sees only its organisation's leads (never the town's working fields), a town the
/// leads for it, an admin all; anyone else's lead answers 404. A refused move is 409 with the rule and the
/// missing fields; a duplicate 409 with the existing lead's id; a stale expectedVersion 412.
/// </summary>
public static class LeadsApi
{
    public static RouteGroupBuilder MapLeadsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/leads").WithTags("Leads");
        group.MapPost("/", CreateAsync).WithName("CreateLead").RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Town, Roles.Admin))
            .Produces<LeadResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync).WithName("ListLeads").RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Town, Roles.Admin))
            .WithMetadata(LeadMapping.ListNames).Produces<LeadListResponse>().ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetAsync).WithName("GetLead").RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Town, Roles.Admin))
            .Produces<LeadResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/stage", MoveAsync).WithName("MoveLeadStage").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<LeadResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapGet("/pipeline-rules", RulesAsync).WithName("GetPipelineRules").AllowAnonymous()
            .Produces<IReadOnlyList<StageRuleResponse>>();
        return group;
    }

    private static async Task<IResult> CreateAsync(CreateLeadBody body, HttpRequest http, LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken)
    {
        var lead = await leads.CreateLeadAsync(LeadMapping.ToRequest(body, http.Headers["Idempotency-Key"].ToString()), cancellationToken: cancellationToken);
        return Results.Created($"/api/v1/leads/{lead.Id}", LeadMapping.ToResponse(lead));
    }

    private static async Task<LeadResponse> GetAsync(Guid id, LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken) =>
        LeadMapping.ToResponse(await leads.GetLeadAsync(new GetLeadRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

    private static async Task<LeadListResponse> ListAsync(
        LeadsService.LeadsServiceClient leads,
        CancellationToken cancellationToken,
        [FromQuery] string[]? stage = null,
        Guid? ownerId = null,
        Guid? projectId = null,
        Guid? gapId = null,
        Guid? organisationId = null,
        Guid? townId = null,
        string? orderBy = null,
        int pageSize = 20,
        string? pageToken = null)
    {
        var request = new ListLeadsRequest
        {
            Page = new PageRequest { PageSize = pageSize, PageToken = pageToken ?? string.Empty },
            OwnerId = ownerId?.ToString() ?? string.Empty,
            ProjectId = projectId?.ToString() ?? string.Empty,
            GapId = gapId?.ToString() ?? string.Empty,
            OrganisationId = organisationId?.ToString() ?? string.Empty,
            TownId = townId?.ToString() ?? string.Empty,
            OrderBy = orderBy ?? string.Empty,
        };
        request.Stages.AddRange(stage ?? []);
        return ToList(await leads.ListLeadsAsync(request, cancellationToken: cancellationToken));
    }

    private static async Task<LeadResponse> MoveAsync(Guid id, MoveStageBody body, HttpRequest http, LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken)
    {
        var request = new MoveLeadStageRequest
        {
            Id = id.ToString(),
            RequestId = http.Headers["Idempotency-Key"].ToString(),
            ExpectedVersion = body.ExpectedVersion ?? 0,
            Stage = body.Stage ?? string.Empty,
            Fields = LeadMapping.ToFields(body),
        };
        return LeadMapping.ToResponse(await leads.MoveLeadStageAsync(request, cancellationToken: cancellationToken));
    }

    private static async Task<IReadOnlyList<StageRuleResponse>> RulesAsync(LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken) =>
        [.. (await leads.GetPipelineRulesAsync(new GetPipelineRulesRequest(), cancellationToken: cancellationToken)).Stages.Select(LeadMapping.ToResponse)];

    public static LeadListResponse ToList(ListLeadsResponse response) => new(
        [.. response.Leads.Select(LeadMapping.ToResponse)],
        response.Page.Total,
        string.IsNullOrEmpty(response.Page.NextPageToken) ? null : response.Page.NextPageToken);
}
