using Grpc.Core;
using SpecialtyTowns.Common.V1;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Leads.Grpc;

public sealed partial class LeadsGrpcService(CreateLead createLead, GetLead getLead, ListLeads listLeads, GetTownDirectoryEntry getTown)
    : LeadsService.LeadsServiceBase
{
    private const int MaxPageSize = 100;

    public override async Task<V1.TownDirectoryEntry> GetTownDirectoryEntry(GetTownDirectoryEntryRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("town_id", request.TownId).ThrowIfInvalid();
        return LeadMapper.ToMessage(await getTown.ExecuteAsync(Guid.Parse(request.TownId), context.CancellationToken));
    }

    public override async Task<V1.Lead> CreateLead(CreateLeadRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("town_id", request.TownId)
            .Required("message", request.Message, 2000)
            .ThrowIfInvalid();
        var command = new CreateLeadCommand(request.RequestId, Guid.Parse(request.TownId), request.Message);
        return LeadMapper.ToMessage(await createLead.ExecuteAsync(command, caller, context.CancellationToken));
    }

    public override async Task<V1.Lead> GetLead(GetLeadRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        return LeadMapper.ToMessage(await getLead.ExecuteAsync(Guid.Parse(request.Id), caller, context.CancellationToken));
    }

    public override async Task<ListLeadsResponse> ListLeads(ListLeadsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var pageSize = request.Page?.PageSize ?? 0;
        var token = request.Page?.PageToken ?? string.Empty;
        new RequestValidator()
            .Must(pageSize is >= 0 and <= MaxPageSize, "page.page_size", $"must be between 1 and {MaxPageSize} (0 or absent: 20)")
            .Must(PageToken.TryRead(token, out var offset), "page.page_token", "is not a token this service issued")
            .ThrowIfInvalid();
        var size = pageSize == 0 ? 20 : pageSize;
        var page = await listLeads.ExecuteAsync(caller, offset, size, context.CancellationToken);
        var response = new ListLeadsResponse
        {
            Page = new PageInfo { Total = page.Total, NextPageToken = page.HasMore ? PageToken.Write(offset + size) : string.Empty },
        };
        response.Leads.AddRange(page.Leads.Select(LeadMapper.ToMessage));
        return response;
    }
}
