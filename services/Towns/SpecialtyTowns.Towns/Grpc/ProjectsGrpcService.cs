using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.Towns.Application;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.V1;
using DomainProject = SpecialtyTowns.Towns.Domain.Projects.InvestmentProject;

namespace SpecialtyTowns.Towns.Grpc;

public sealed partial class ProjectsGrpcService(
    CreateProject create,
    UpdateProject update,
    ChangeProjectStatus changeStatus,
    GetProject get,
    GetProjectHistory history,
    ListTownProjects listTownProjects) : ProjectsService.ProjectsServiceBase
{
    private const int MaxPageSize = 100;

    // As deep as search pages go (SearchQuery.MaxResultWindow): no town has that many projects.
    private const int MaxPage = 10_000;

    public override async Task<Project> CreateProject(CreateProjectRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        // An admin drafts for any town, so must name it; a town drafts for itself. Every violation, of the
        // request and of its content, is answered at once.
        var validator = new RequestValidator().RequestId(request.RequestId).Guid("town_id", request.TownId, required: caller.IsAdmin);
        Domain.Projects.ProjectContent content;
        try
        {
            content = ProjectContentMapper.ToDomain(request.Content);
        }
        catch (RequestValidationException invalid) when (validator.Violations.Count > 0)
        {
            throw new RequestValidationException([.. validator.Violations, .. invalid.Violations]);
        }

        validator.ThrowIfInvalid();
        Guid? townId = request.TownId.Length == 0 ? null : Guid.Parse(request.TownId);
        return ToMessage(await create.ExecuteAsync(new CreateProjectCommand(request.RequestId, townId, content), caller, context.CancellationToken));
    }

    public override async Task<Project> GetProject(GetProjectRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        return ToMessage(await get.ExecuteAsync(Guid.Parse(request.Id), context.GetCaller(), context.CancellationToken));
    }

    public override async Task<Project> UpdateProject(UpdateProjectRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator().RequestId(request.RequestId).Guid("id", request.Id).Guid("town_id", request.TownId, required: false).ThrowIfInvalid();
        var content = ProjectContentMapper.ToDomain(request.Content);
        Guid? townId = request.TownId.Length == 0 ? null : Guid.Parse(request.TownId);
        return ToMessage(await update.ExecuteAsync(new UpdateProjectCommand(request.RequestId, Guid.Parse(request.Id), content, townId), caller, context.CancellationToken));
    }

    public override async Task<Project> ChangeProjectStatus(ChangeProjectStatusRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("id", request.Id)
            .Must(ProjectKeys.TryParseStatus(request.Status, out var status), "status", "must be one of: draft, published, negotiating, signed, landed, withdrawn")
            .Optional("note", request.Note, 1000)
            .ThrowIfInvalid();
        var command = new ChangeProjectStatusCommand(request.RequestId, Guid.Parse(request.Id), status, request.Note);
        return ToMessage(await changeStatus.ExecuteAsync(command, caller, context.CancellationToken));
    }

    public override async Task<ProjectHistory> GetProjectHistory(GetProjectHistoryRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        var entries = await history.ExecuteAsync(Guid.Parse(request.Id), context.GetCaller(), context.CancellationToken);
        var message = new ProjectHistory();
        message.Entries.AddRange(entries.Select(e => new V1.ProjectHistoryEntry
        {
            At = Timestamp.FromDateTimeOffset(e.At),
            Actor = e.Actor,
            Action = e.Action,
            FromStatus = e.FromStatus ?? string.Empty,
            ToStatus = e.ToStatus ?? string.Empty,
            Note = e.Note ?? string.Empty,
        }));
        return message;
    }

    public override async Task<ListTownProjectsResponse> ListTownProjects(ListTownProjectsRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .Guid("town_id", request.TownId)
            .Must(request.Page is >= 0 and <= MaxPage, "page", $"must be between 1 and {MaxPage} (0: 1)")
            .Must(request.PageSize is >= 0 and <= MaxPageSize, "page_size", $"must be between 1 and {MaxPageSize} (0: 20)")
            .ThrowIfInvalid();
        var page = request.Page == 0 ? 1 : request.Page;
        var size = request.PageSize == 0 ? 20 : request.PageSize;
        var projects = await listTownProjects.ExecuteAsync(Guid.Parse(request.TownId), page, size, context.GetCaller(), context.CancellationToken);
        var response = new ListTownProjectsResponse { Total = projects.Total, Page = page, PageSize = size };
        response.Projects.AddRange(projects.Projects.Select(ToMessage));
        return response;
    }

    private static Project ToMessage(DomainProject p) => new()
    {
        Id = p.Id.ToString(),
        TownId = p.TownId.ToString(),
        Content = ProjectContentMapper.ToMessage(p),
        Status = ProjectKeys.Of(p.Status),
        CreatedAt = Timestamp.FromDateTimeOffset(p.CreatedAt),
        UpdatedAt = Timestamp.FromDateTimeOffset(p.UpdatedAt),
        PublishedAt = p.PublishedAt is { } published ? Timestamp.FromDateTimeOffset(published) : null,
        NextStatuses = { ProjectLifecycle.NextFrom(p.Status).Select(ProjectKeys.Of) },
    };
}
