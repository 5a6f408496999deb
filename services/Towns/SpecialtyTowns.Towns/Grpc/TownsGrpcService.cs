using Grpc.Core;
using SpecialtyTowns.Common.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.Towns.Application;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.Grpc;

public sealed partial class TownsGrpcService(RegisterTown register, UpdateTown update, GetTown get, ListTowns list, GetTownEnterprises enterprises) : TownsService.TownsServiceBase
{
    private const int MaxPageSize = 100;

    public override async Task<V1.Town> RegisterTown(RegisterTownRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        RegisterTownRequestValidator.Validate(request);
        var command = new RegisterTownCommand(request.RequestId, TownMapper.ToRegistration(request));
        return TownMapper.ToMessage(await register.ExecuteAsync(command, caller, context.CancellationToken));
    }

    public override async Task<V1.Town> UpdateTown(UpdateTownRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var (figures, contacts) = UpdateTownRequestValidator.ValidateAndMap(request);
        var changes = new TownChanges(
            request.HasNameEn ? request.NameEn : null,
            request.HasCity ? request.City : null,
            request.HasCounty ? request.County : null,
            request.HasMainIndustry ? request.MainIndustry : null,
            request.Facts?.Values.ToList(),
            figures,
            request.Platforms?.Values.ToList(),
            request.Policies?.Values.ToList(),
            contacts);
        var command = new UpdateTownCommand(request.RequestId, Guid.Parse(request.Id), changes);
        var town = await update.ExecuteAsync(command, caller, context.CancellationToken);
        var known = await enterprises.ExecuteAsync([town.Id], context.CancellationToken);
        return TownMapper.ToMessage(town, withContacts: true, known[town.Id]);
    }

    public override async Task<V1.Town> GetTown(GetTownRequest request, ServerCallContext context)
    {
        var withContacts = ContactVisibility.MaySee(context.GetCaller());
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        var town = await get.ExecuteAsync(Guid.Parse(request.Id), context.CancellationToken);
        var known = await enterprises.ExecuteAsync([town.Id], context.CancellationToken);
        return TownMapper.ToMessage(town, withContacts, known[town.Id]);
    }

    public override async Task<ListTownsResponse> ListTowns(ListTownsRequest request, ServerCallContext context)
    {
        var withContacts = ContactVisibility.MaySee(context.GetCaller());
        var pageSize = request.Page?.PageSize ?? 0;
        var token = request.Page?.PageToken ?? string.Empty;
        new RequestValidator()
            .Must(pageSize is >= 0 and <= MaxPageSize, "page.page_size", $"must be between 1 and {MaxPageSize} (0 or absent: 20)")
            .Must(token.Length == 0 || PageToken.TryRead(token, out _), "page.page_token", "is not a token this service issued")
            .ThrowIfInvalid();
        var size = pageSize == 0 ? 20 : pageSize;
        PageToken.TryRead(token, out var offset);
        var page = await list.ExecuteAsync(offset, size, context.CancellationToken);
        var response = new ListTownsResponse
        {
            Page = new PageInfo { Total = page.Total, NextPageToken = page.HasMore ? PageToken.Write(offset + size) : string.Empty },
        };
        var known = await enterprises.ExecuteAsync(page.Towns.Select(t => t.Id).ToList(), context.CancellationToken);
        response.Towns.AddRange(page.Towns.Select(t => TownMapper.ToMessage(t, withContacts, known[t.Id])));
        return response;
    }
}
