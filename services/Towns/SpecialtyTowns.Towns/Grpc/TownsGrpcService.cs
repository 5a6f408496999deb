using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Common.V1;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.Towns.Application;
using SpecialtyTowns.Towns.Infrastructure;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.Grpc;

public sealed class TownsGrpcService(TownsDbContext db, TownRegistrar registrar, TownEditor editor) : TownsService.TownsServiceBase
{
    private const int MaxPageSize = 100;

    public override async Task<V1.Town> RegisterTown(RegisterTownRequest request, ServerCallContext context)
    {
        // Towns are vetted programme members: only an admin adds one.
        context.GetCaller().RequireRole(Roles.Admin);
        RegisterTownRequestValidator.Validate(request);
        var town = await registrar.RegisterAsync(TownMapper.ToRegistration(request), context.CancellationToken);
        return TownMapper.ToMessage(town);
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
        var town = await editor.UpdateAsync(caller, Guid.Parse(request.Id), changes, context.CancellationToken);
        return TownMapper.ToMessage(town);
    }

    public override async Task<V1.Town> GetTown(GetTownRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        var id = Guid.Parse(request.Id);
        var town = await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, context.CancellationToken)
            ?? throw new NotFoundException("Town", request.Id);
        return TownMapper.ToMessage(town);
    }

    public override async Task<ListTownsResponse> ListTowns(ListTownsRequest request, ServerCallContext context)
    {
        var pageSize = request.Page?.PageSize ?? 0;
        var token = request.Page?.PageToken ?? string.Empty;
        new RequestValidator()
            .Must(pageSize is >= 0 and <= MaxPageSize, "page.page_size", $"must be between 1 and {MaxPageSize} (0 or absent: 20)")
            .Must(token.Length == 0 || PageToken.TryRead(token, out _), "page.page_token", "is not a token this service issued")
            .ThrowIfInvalid();
        var size = pageSize == 0 ? 20 : pageSize;
        PageToken.TryRead(token, out var offset);

        // Ids are time-ordered (UUIDv7), so the order is stable while towns are being added.
        var towns = await db.Towns.AsNoTracking().OrderBy(t => t.Id).Skip(offset).Take(size + 1)
            .ToListAsync(context.CancellationToken);
        var response = new ListTownsResponse
        {
            Page = new PageInfo
            {
                Total = await db.Towns.CountAsync(context.CancellationToken),
                NextPageToken = towns.Count > size ? PageToken.Write(offset + size) : string.Empty,
            },
        };
        response.Towns.AddRange(towns.Take(size).Select(TownMapper.ToMessage));
        return response;
    }
}
