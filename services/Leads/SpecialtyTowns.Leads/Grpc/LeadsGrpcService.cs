using Grpc.Core;
using SpecialtyTowns.Common.V1;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Leads.Grpc;

public sealed partial class LeadsGrpcService(LeadsUseCases useCases, TimeProvider clock)
    : LeadsService.LeadsServiceBase
{
    private const int MaxPageSize = 100;

    public override async Task<V1.TownDirectoryEntry> GetTownDirectoryEntry(GetTownDirectoryEntryRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("town_id", request.TownId).ThrowIfInvalid();
        return LeadMapper.ToMessage(await useCases.GetTown.ExecuteAsync(Guid.Parse(request.TownId), context.CancellationToken));
    }

    public override async Task<V1.Lead> CreateLead(CreateLeadRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("town_id", request.TownId)
            .Required("message", request.Message, 2000)
            .Guid("project_id", request.ProjectId, required: false)
            .Guid("gap_id", request.GapId, required: false)
            .Guid("organisation_id", request.OrganisationId, required: false)
            .Guid("owner_id", request.OwnerId, required: false)
            .Optional("organisation_name", request.OrganisationName, 200)
            .Optional("organisation_credit_code", request.OrganisationCreditCode, 18)
            .Optional("owner_name", request.OwnerName, 100)
            .Optional("next_action", request.NextAction, StageFieldsMapper.MaxNextAction)
            .Must(request.Source.Length == 0 || LeadSourceKeys.TryParse(request.Source, out _), "source", $"must be one of {string.Join(", ", LeadSourceKeys.All)}")
            .Must(OrganisationTypeOf(request.OrganisationType) is not null, "organisation_type", "must be one of company, fund, state-owned, individual")
            .Must(request.ExpectedAmountFen >= 0, "expected_amount_fen", "must not be negative");
        var due = StageFieldsMapper.Date(validator, "next_action_due", request.NextActionDue);
        validator.ThrowIfInvalid();
        var command = new CreateLeadCommand(request.RequestId, Guid.Parse(request.TownId), request.Message)
        {
            ProjectId = OptionalGuid(request.ProjectId),
            GapId = OptionalGuid(request.GapId),
            Source = LeadSourceKeys.TryParse(request.Source, out var source) ? source : null,
            OrganisationId = OptionalGuid(request.OrganisationId),
            OrganisationName = request.OrganisationName,
            OrganisationCreditCode = request.OrganisationCreditCode,
            OrganisationType = OrganisationTypeOf(request.OrganisationType) ?? OrganisationType.Company,
            OwnerId = OptionalGuid(request.OwnerId),
            OwnerName = request.OwnerName,
            NextAction = request.NextAction,
            NextActionDue = due,
            ExpectedAmountFen = request.ExpectedAmountFen > 0 ? request.ExpectedAmountFen : null,
        };
        var lead = await useCases.Create.ExecuteAsync(command, caller, context.CancellationToken);
        return await ViewAsync(lead.Id, context);
    }

    public override async Task<V1.Lead> GetLead(GetLeadRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        return await ViewAsync(Guid.Parse(request.Id), context);
    }

    public override async Task<ListLeadsResponse> ListLeads(ListLeadsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var (offset, size, validator) = Paging(request.Page);
        var filter = ReadFilter(request, validator);
        validator.ThrowIfInvalid();
        var page = await useCases.List.ExecuteAsync(caller, filter, offset, size, context.CancellationToken);
        return ToResponse(page, offset, size);
    }

    public override async Task<V1.Lead> MoveLeadStage(MoveLeadStageRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator()
            .Guid("id", request.Id)
            .RequestId(request.RequestId)
            .Must(request.ExpectedVersion >= 0, "expected_version", "must not be negative")
            .Must(LeadStageKeys.TryParse(request.Stage, out var stage), "stage", $"must be one of {string.Join(", ", LeadStageKeys.All)}");
        var fields = StageFieldsMapper.Read(request.Fields, validator);
        validator.ThrowIfInvalid();
        var command = new MoveLeadStageCommand(request.RequestId, Guid.Parse(request.Id), request.ExpectedVersion, stage, fields);
        return await ViewAsync(await useCases.Move.ExecuteAsync(command, caller, context.CancellationToken), context);
    }

    public override Task<PipelineRules> GetPipelineRules(GetPipelineRulesRequest request, ServerCallContext context) =>
        Task.FromResult(LeadMapper.Rules());

    private async Task<V1.Lead> ViewAsync(Guid id, ServerCallContext context) =>
        LeadMapper.ToMessage(await useCases.Get.ExecuteAsync(id, context.GetCaller(), context.CancellationToken), clock.GetUtcNow());

    private ListLeadsResponse ToResponse(LeadPage page, int offset, int size)
    {
        var now = clock.GetUtcNow();
        var response = new ListLeadsResponse
        {
            Page = new PageInfo { Total = page.Total, NextPageToken = page.HasMore ? PageToken.Write(offset + size) : string.Empty },
        };
        response.Leads.AddRange(page.Leads.Select(view => LeadMapper.ToMessage(view, now)));
        return response;
    }

    private static (int Offset, int Size, RequestValidator Validator) Paging(PageRequest? page)
    {
        var pageSize = page?.PageSize ?? 0;
        var token = page?.PageToken ?? string.Empty;
        var validator = new RequestValidator()
            .Must(pageSize is >= 0 and <= MaxPageSize, "page.page_size", $"must be between 1 and {MaxPageSize} (0 or absent: 20)")
            .Must(PageToken.TryRead(token, out var offset), "page.page_token", "is not a token this service issued");
        return (offset, pageSize == 0 ? 20 : pageSize, validator);
    }

    /// <summary>The list's (and the export's) filter, naming every malformed part.</summary>
    public static LeadFilter ReadFilter(ListLeadsRequest request, RequestValidator validator)
    {
        var stages = new List<LeadStage>();
        for (var i = 0; i < request.Stages.Count; i++)
        {
            validator.Must(LeadStageKeys.TryParse(request.Stages[i], out var stage), $"stages[{i}]", $"must be one of {string.Join(", ", LeadStageKeys.All)}");
            stages.Add(stage);
        }

        validator
            .Guid("owner_id", request.OwnerId, required: false)
            .Guid("project_id", request.ProjectId, required: false)
            .Guid("gap_id", request.GapId, required: false)
            .Guid("organisation_id", request.OrganisationId, required: false)
            .Guid("town_id", request.TownId, required: false)
            .Must(request.OrderBy.Length == 0 || Application.ListLeads.Orders.Contains(request.OrderBy), "order_by", $"must be one of {string.Join(", ", Application.ListLeads.Orders)}");
        return new LeadFilter
        {
            Stages = stages,
            OwnerId = OptionalGuid(request.OwnerId),
            ProjectId = OptionalGuid(request.ProjectId),
            GapId = OptionalGuid(request.GapId),
            OrganisationId = OptionalGuid(request.OrganisationId),
            TownId = OptionalGuid(request.TownId),
            OrderBy = request.OrderBy.Length == 0 ? "created" : request.OrderBy,
        };
    }

    private static Guid? OptionalGuid(string value) => Guid.TryParse(value, out var id) ? id : null;

    private static OrganisationType? OrganisationTypeOf(string key) => key switch
    {
        "" or "company" => OrganisationType.Company,
        "fund" => OrganisationType.Fund,
        "state-owned" => OrganisationType.StateOwned,
        "individual" => OrganisationType.Individual,
        _ => null,
    };
}
