using Grpc.Core;
using SpecialtyTowns.Common.V1;
using SpecialtyTowns.Leads.Application.Deals;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Leads.Grpc.Deals;

public sealed class DealsGrpcService(GetDeal getDeal, ListDeals listDeals, RecordFundsArrival recordFunds, ListOverdueToStart listOverdue)
    : DealsService.DealsServiceBase
{
    private const int MaxPageSize = 100;

    private const int MaxNoteLength = 1000;

    public override async Task<Deal> GetDeal(GetDealRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        return DealMapper.ToMessage(await getDeal.ExecuteAsync(Guid.Parse(request.Id), caller, context.CancellationToken));
    }

    public override async Task<ListDealsResponse> ListDeals(ListDealsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator().Guid("town_id", request.TownId, required: false);
        var (offset, size) = ReadPage(validator, request.Page);
        var from = OptionalDate(validator, "signed_from", request.SignedFrom);
        var to = OptionalDate(validator, "signed_to", request.SignedTo);
        validator.Must(from is null || to is null || from <= to, "signed_to", "must not be before signed_from").ThrowIfInvalid();
        var query = new ListDealsQuery(TownId(request.TownId), from, to, offset, size);
        return Response(await listDeals.ExecuteAsync(query, caller, context.CancellationToken), offset, size);
    }

    public override async Task<Deal> RecordFundsArrival(RecordFundsArrivalRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("deal_id", request.DealId)
            .Must(request.ExpectedVersion >= 0, "expected_version", "must not be negative (0: no check)")
            .Must(request.AmountFen > 0, "amount_fen", "must be more than 0 fen")
            .Must(!string.IsNullOrEmpty(request.ArrivedOn), "arrived_on", "is required")
            .Optional("note", request.Note, MaxNoteLength);
        var arrivedOn = OptionalDate(validator, "arrived_on", request.ArrivedOn);
        validator.ThrowIfInvalid();
        var command = new RecordFundsArrivalCommand(
            request.RequestId, Guid.Parse(request.DealId), request.ExpectedVersion, request.AmountFen, arrivedOn!.Value, request.Note);
        return DealMapper.ToMessage(await recordFunds.ExecuteAsync(command, caller, context.CancellationToken));
    }

    public override async Task<ListDealsResponse> ListOverdueToStart(ListOverdueToStartRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator().Guid("town_id", request.TownId, required: false);
        var (offset, size) = ReadPage(validator, request.Page);
        validator.ThrowIfInvalid();
        return Response(await listOverdue.ExecuteAsync(TownId(request.TownId), offset, size, caller, context.CancellationToken), offset, size);
    }

    private static (int Offset, int Size) ReadPage(RequestValidator validator, PageRequest? page)
    {
        var pageSize = page?.PageSize ?? 0;
        validator
            .Must(pageSize is >= 0 and <= MaxPageSize, "page.page_size", $"must be between 1 and {MaxPageSize} (0 or absent: 20)")
            .Must(PageToken.TryRead(page?.PageToken ?? string.Empty, out var offset), "page.page_token", "is not a token this service issued");
        return (offset, pageSize == 0 ? 20 : pageSize);
    }

    private static DateOnly? OptionalDate(RequestValidator validator, string field, string value)
    {
        var date = DealMapper.ParseDate(value);
        validator.Must(string.IsNullOrEmpty(value) || date is not null, field, "must be a date YYYY-MM-DD");
        return date;
    }

    private static Guid? TownId(string value) => string.IsNullOrEmpty(value) ? null : Guid.Parse(value);

    private static ListDealsResponse Response(DealPage page, int offset, int size)
    {
        var response = new ListDealsResponse
        {
            Page = new PageInfo { Total = page.Total, NextPageToken = page.HasMore ? PageToken.Write(offset + size) : string.Empty },
        };
        response.Deals.AddRange(page.Deals.Select(DealMapper.ToMessage));
        return response;
    }
}
