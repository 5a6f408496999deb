using Grpc.Core;
using SpecialtyTowns.Enterprises.Application.Gaps;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Enterprises.Grpc;

/// <summary>Gaps' lifecycle RPCs; search and matching (SearchChainGaps, FindGapFillers) live in the other parts of this class.</summary>
public sealed partial class ChainGapsGrpcService(
    PostChainGap post,
    GetChainGap get,
    UpdateChainGap update,
    ChangeChainGapStatus changeStatus,
    GetChainGapHistory history,
    ListChainGaps list) : ChainGapsService.ChainGapsServiceBase
{
    private const int MaxPageSize = 100;

    private const int MaxPage = 10_000;

    public override async Task<V1.ChainGap> PostChainGap(PostChainGapRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator().RequestId(request.RequestId).Guid("town_id", request.TownId, required: caller.IsAdmin);
        ChainGapContentMapper.Validate(validator, request.Content);
        validator.ThrowIfInvalid();
        Guid? townId = request.TownId.Length == 0 ? null : Guid.Parse(request.TownId);
        var command = new PostChainGapCommand(request.RequestId, townId, ChainGapContentMapper.ToDomain(request.Content));
        return ChainGapMapper.ToMessage(await post.ExecuteAsync(command, caller, context.CancellationToken));
    }

    public override async Task<V1.ChainGap> GetChainGap(GetChainGapRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        return ChainGapMapper.ToMessage(await get.ExecuteAsync(Guid.Parse(request.Id), context.GetCaller(), context.CancellationToken));
    }

    public override async Task<V1.ChainGap> UpdateChainGap(UpdateChainGapRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("id", request.Id)
            .Must(request.ExpectedVersion >= 0, "expected_version", "must not be negative");
        ChainGapContentMapper.Validate(validator, request.Content);
        validator.ThrowIfInvalid();
        var command = new UpdateChainGapCommand(request.RequestId, Guid.Parse(request.Id), ChainGapContentMapper.ToDomain(request.Content), request.ExpectedVersion);
        return ChainGapMapper.ToMessage(await update.ExecuteAsync(command, caller, context.CancellationToken));
    }

    public override async Task<V1.ChainGap> ChangeChainGapStatus(ChangeChainGapStatusRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var status = GapKeys.ParseStatus(request.Status);
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("id", request.Id)
            .Must(status is not null, "status", "must be one of: open, in-talks, filled, withdrawn")
            .Optional("note", request.Note, GapLimits.Note)
            .Guid("filled_by_enterprise_id", request.FilledByEnterpriseId, required: false)
            .Must(request.FilledByEnterpriseId.Length == 0 || status == GapStatus.Filled, "filled_by_enterprise_id", "is only given when the status becomes filled")
            .Must(request.ExpectedVersion >= 0, "expected_version", "must not be negative")
            .ThrowIfInvalid();
        Guid? filledBy = request.FilledByEnterpriseId.Length == 0 ? null : Guid.Parse(request.FilledByEnterpriseId);
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var command = new ChangeChainGapStatusCommand(request.RequestId, Guid.Parse(request.Id), status!.Value, note, filledBy, request.ExpectedVersion);
        return ChainGapMapper.ToMessage(await changeStatus.ExecuteAsync(command, caller, context.CancellationToken));
    }

    public override async Task<V1.ChainGapHistory> GetChainGapHistory(GetChainGapHistoryRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        var entries = await history.ExecuteAsync(Guid.Parse(request.Id), context.GetCaller(), context.CancellationToken);
        return new V1.ChainGapHistory { Entries = { entries.Select(ChainGapMapper.ToMessage) } };
    }

    public override async Task<ListChainGapsResponse> ListChainGaps(ListChainGapsRequest request, ServerCallContext context)
    {
        var status = GapKeys.ParseStatus(request.Status);
        new RequestValidator()
            .Guid("town_id", request.TownId, required: false)
            .Guid("enterprise_id", request.EnterpriseId, required: false)
            .Must((request.TownId.Length == 0) != (request.EnterpriseId.Length == 0), "town_id", "give exactly one of town_id and enterprise_id")
            .Must(request.Status.Length == 0 || status is not null, "status", "must be one of: open, in-talks, filled, withdrawn (or empty)")
            .Must(request.Page is >= 0 and <= MaxPage, "page", $"must be between 1 and {MaxPage} (0: 1)")
            .Must(request.PageSize is >= 0 and <= MaxPageSize, "page_size", $"must be between 1 and {MaxPageSize} (0: 20)")
            .ThrowIfInvalid();
        var page = request.Page == 0 ? 1 : request.Page;
        var size = request.PageSize == 0 ? 20 : request.PageSize;
        var query = new ListChainGapsQuery(
            request.TownId.Length == 0 ? null : Guid.Parse(request.TownId),
            request.EnterpriseId.Length == 0 ? null : Guid.Parse(request.EnterpriseId),
            status,
            page,
            size);
        var result = await list.ExecuteAsync(query, context.GetCaller(), context.CancellationToken);
        var response = new ListChainGapsResponse { Total = result.Total, Page = page, PageSize = size };
        response.Gaps.AddRange(result.Gaps.Select(ChainGapMapper.ToMessage));
        return response;
    }
}
