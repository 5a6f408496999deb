using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Common.V1;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.ServiceDefaults.Validation;
using DomainLead = SpecialtyTowns.Leads.Domain.Lead;

namespace SpecialtyTowns.Leads.Grpc;

public sealed class LeadsGrpcService(LeadsDbContext db, IOutbox outbox, TimeProvider clock) : LeadsService.LeadsServiceBase
{
    private const int MaxPageSize = 100;

    public override async Task<V1.TownDirectoryEntry> GetTownDirectoryEntry(GetTownDirectoryEntryRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("town_id", request.TownId).ThrowIfInvalid();
        var townId = Guid.Parse(request.TownId);
        var entry = await db.TownDirectory.AsNoTracking().SingleOrDefaultAsync(e => e.TownId == townId, context.CancellationToken)
            ?? throw new NotFoundException("Town", request.TownId);
        return new V1.TownDirectoryEntry
        {
            TownId = entry.TownId.ToString(),
            Name = entry.Name,
            MainIndustry = entry.MainIndustry,
            RegisteredAt = Timestamp.FromDateTimeOffset(entry.RegisteredAt),
            ReceivedAt = Timestamp.FromDateTimeOffset(entry.ReceivedAt),
        };
    }

    public override async Task<V1.Lead> CreateLead(CreateLeadRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller().RequireRole(Roles.Investor);
        new RequestValidator()
            .Optional("request_id", request.RequestId, 100)
            .Guid("town_id", request.TownId)
            .Required("message", request.Message, 2000)
            .ThrowIfInvalid();
        var requestId = request.RequestId.Trim();
        if (requestId.Length > 0
            && await db.Leads.AsNoTracking().SingleOrDefaultAsync(l => l.InvestorId == caller.UserId && l.CreationRequestId == requestId, context.CancellationToken) is { } earlier)
        {
            return LeadMapper.ToMessage(earlier);
        }

        var townId = Guid.Parse(request.TownId);
        if (!await db.TownDirectory.AnyAsync(t => t.TownId == townId, context.CancellationToken))
        {
            throw new BusinessRuleException("lead-town-known", $"Town {townId} is not (yet) known to the marketplace");
        }

        var lead = DomainLead.Create(caller.UserId, townId, request.Message, requestId, clock.GetUtcNow());
        db.Leads.Add(lead);
        outbox.Add(new LeadCreated(lead.Id, lead.InvestorId, lead.TownId, lead.Stage, lead.CreatedAt));
        await db.SaveChangesAsync(context.CancellationToken);
        return LeadMapper.ToMessage(lead);
    }

    public override async Task<V1.Lead> GetLead(GetLeadRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        var id = Guid.Parse(request.Id);
        var lead = await db.Leads.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, context.CancellationToken);

        // Someone else's lead is answered exactly like a missing one: its existence is private too.
        if (lead is null || !lead.IsVisibleTo(caller))
        {
            throw new NotFoundException("Lead", request.Id);
        }

        return LeadMapper.ToMessage(lead);
    }

    public override async Task<ListLeadsResponse> ListLeads(ListLeadsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller().RequireRole(Roles.Investor, Roles.Town, Roles.Admin);
        var pageSize = request.Page?.PageSize ?? 0;
        var token = request.Page?.PageToken ?? string.Empty;
        new RequestValidator()
            .Must(pageSize is >= 0 and <= MaxPageSize, "page.page_size", $"must be between 1 and {MaxPageSize} (0 or absent: 20)")
            .Must(PageToken.TryRead(token, out var offset), "page.page_token", "is not a token this service issued")
            .ThrowIfInvalid();
        var size = pageSize == 0 ? 20 : pageSize;
        var query = db.Leads.AsNoTracking();
        query = caller.Role switch
        {
            Roles.Investor => query.Where(l => l.InvestorId == caller.UserId),
            Roles.Town => query.Where(l => l.TownId == caller.TownId),
            _ => query,
        };
        var total = await query.CountAsync(context.CancellationToken);
        var leads = await query.OrderByDescending(l => l.Id).Skip(offset).Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new ListLeadsResponse
        {
            Page = new PageInfo { Total = total, NextPageToken = leads.Count > size ? PageToken.Write(offset + size) : string.Empty },
        };
        response.Leads.AddRange(leads.Take(size).Select(LeadMapper.ToMessage));
        return response;
    }
}
