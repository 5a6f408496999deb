using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Common.V1;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>
/// A town's daily work on its leads: reopen, working fields (412 on a stale expectedVersion), activities and
/// the timeline (internal notes never to the investor), follow-up lists, and the town's lost reasons.
/// </summary>
public static class LeadWorkApi
{
    public static void MapLeadWorkApi(this RouteGroupBuilder group, IEndpointRouteBuilder routes)
    {
        group.MapPost("/{id:guid}/reopen", ReopenAsync).WithName("ReopenLead").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<LeadResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateLead").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<LeadResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPost("/{id:guid}/activities", AddActivityAsync).WithName("AddLeadActivity").RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Town, Roles.Admin))
            .Produces<ActivityResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/timeline", TimelineAsync).WithName("GetLeadTimeline").RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Town, Roles.Admin))
            .Produces<IReadOnlyList<TimelineEntryResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/follow-ups", FollowUpsAsync).WithName("ListLeadFollowUps").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .WithMetadata(RestFieldNames.Paging).Produces<LeadListResponse>().ProducesValidationProblem();
        routes.MapGet("/api/v1/towns/{id:guid}/lost-reasons", LostReasonsAsync).WithTags("Leads").WithName("GetLostReasons").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<IReadOnlyList<LostReasonDto>>().ProducesProblem(StatusCodes.Status403Forbidden);
        routes.MapPut("/api/v1/towns/{id:guid}/lost-reasons", SaveLostReasonsAsync).WithTags("Leads").WithName("SaveLostReasons").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<IReadOnlyList<LostReasonDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<LeadResponse> ReopenAsync(Guid id, ReopenBody body, HttpRequest http, LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken)
    {
        var fields = LeadMapping.ToFields(new MoveStageBody(null, NextAction: body.NextAction, NextActionDue: body.NextActionDue, VisitOn: body.VisitOn, ExpectedAmountFen: body.ExpectedAmountFen, Note: body.Note));
        var request = new ReopenLeadRequest { Id = id.ToString(), RequestId = http.Headers["Idempotency-Key"].ToString(), ExpectedVersion = body.ExpectedVersion ?? 0, Fields = fields };
        return LeadMapping.ToResponse(await leads.ReopenLeadAsync(request, cancellationToken: cancellationToken));
    }

    private static async Task<LeadResponse> UpdateAsync(Guid id, UpdateLeadBody body, HttpRequest http, LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken)
    {
        var request = new UpdateLeadRequest
        {
            Id = id.ToString(),
            RequestId = http.Headers["Idempotency-Key"].ToString(),
            ExpectedVersion = body.ExpectedVersion ?? 0,
            OwnerId = body.OwnerId?.ToString() ?? string.Empty,
            OwnerName = body.OwnerName ?? string.Empty,
            NextAction = body.NextAction ?? string.Empty,
            NextActionDue = body.NextActionDue ?? string.Empty,
            ExpectedAmountFen = body.ExpectedAmountFen ?? 0,
            HasExpectedAmount = body.ExpectedAmountFen.HasValue,
        };
        return LeadMapping.ToResponse(await leads.UpdateLeadAsync(request, cancellationToken: cancellationToken));
    }

    private static async Task<IResult> AddActivityAsync(Guid id, ActivityBody body, HttpRequest http, LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken)
    {
        var request = new AddLeadActivityRequest
        {
            LeadId = id.ToString(),
            RequestId = http.Headers["Idempotency-Key"].ToString(),
            Kind = body.Kind ?? string.Empty,
            Text = body.Text ?? string.Empty,
            Internal = body.Internal,
            OccurredAt = body.OccurredAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        };
        var activity = ToResponse(await leads.AddLeadActivityAsync(request, cancellationToken: cancellationToken));
        return Results.Created($"/api/v1/leads/{id}/timeline", activity);
    }

    private static async Task<IReadOnlyList<TimelineEntryResponse>> TimelineAsync(Guid id, LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken)
    {
        var timeline = await leads.GetLeadTimelineAsync(new GetLeadTimelineRequest { LeadId = id.ToString() }, cancellationToken: cancellationToken);
        return [.. timeline.Entries.Select(e => e.EntryCase == TimelineEntry.EntryOneofCase.StageChange
            ? new TimelineEntryResponse("stage-change", e.StageChange.At.ToDateTimeOffset(), e.StageChange.Actor) { From = e.StageChange.From, To = e.StageChange.To, Note = e.StageChange.Note }
            : new TimelineEntryResponse("activity", e.Activity.OccurredAt.ToDateTimeOffset(), e.Activity.Actor) { Activity = ToResponse(e.Activity) })];
    }

    private static async Task<LeadListResponse> FollowUpsAsync(LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken, string? kind = null, string? owner = null, int pageSize = 20, string? pageToken = null)
    {
        var request = new ListFollowUpsRequest { Kind = kind ?? string.Empty, Owner = owner ?? string.Empty, Page = new PageRequest { PageSize = pageSize, PageToken = pageToken ?? string.Empty } };
        return LeadsApi.ToList(await leads.ListFollowUpsAsync(request, cancellationToken: cancellationToken));
    }

    private static async Task<IReadOnlyList<LostReasonDto>> LostReasonsAsync(Guid id, LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken) =>
        ToResponse(await leads.GetLostReasonsAsync(new GetLostReasonsRequest { TownId = id.ToString() }, cancellationToken: cancellationToken));

    private static async Task<IReadOnlyList<LostReasonDto>> SaveLostReasonsAsync(Guid id, LostReasonsBody body, HttpRequest http, LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken)
    {
        var request = new SaveLostReasonsRequest { TownId = id.ToString(), RequestId = http.Headers["Idempotency-Key"].ToString() };
        request.Reasons.AddRange((body.Reasons ?? []).Select(r => new LostReason { Key = r.Key ?? string.Empty, Name = r.Name ?? string.Empty, NameEn = r.NameEn ?? string.Empty, Retired = r.Retired }));
        return ToResponse(await leads.SaveLostReasonsAsync(request, cancellationToken: cancellationToken));
    }

    private static IReadOnlyList<LostReasonDto> ToResponse(LostReasons reasons) =>
        [.. reasons.Reasons.Select(r => new LostReasonDto(r.Key, r.Name, r.NameEn, r.Retired))];

    private static ActivityResponse ToResponse(LeadActivity a) =>
        new(a.Id, a.LeadId, a.Kind, a.OccurredAt.ToDateTimeOffset(), a.Text, a.Internal, a.Actor, a.RecordedAt.ToDateTimeOffset());
}
