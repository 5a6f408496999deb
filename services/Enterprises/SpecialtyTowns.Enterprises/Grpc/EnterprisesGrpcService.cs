using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.ServiceDefaults.Validation;
using DomainEnterprise = SpecialtyTowns.Enterprises.Domain.Enterprise;

namespace SpecialtyTowns.Enterprises.Grpc;

public sealed class EnterprisesGrpcService(EnterprisesDbContext db, IOutbox outbox, TimeProvider clock) : EnterprisesService.EnterprisesServiceBase
{
    public override async Task<V1.Enterprise> RegisterEnterprise(RegisterEnterpriseRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller().RequireRole(Roles.Town, Roles.Admin);
        new RequestValidator()
            .Optional("request_id", request.RequestId, 100)
            .Required("name", request.Name, 200)
            .Guid("town_id", request.TownId)
            .Items("products", request.Products, 50, 200)
            .ThrowIfInvalid();
        caller.RequireThat(caller.IsAdmin || caller.IsTown(Guid.Parse(request.TownId)), "register enterprises of this town");
        var requestId = request.RequestId.Trim();
        if (requestId.Length > 0
            && await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.CreationRequestId == requestId, context.CancellationToken) is { } earlier)
        {
            return ToMessage(earlier);
        }

        var enterprise = DomainEnterprise.Register(Guid.Parse(request.TownId), request.Name, request.Products, requestId, clock.GetUtcNow());
        db.Enterprises.Add(enterprise);
        outbox.Add(new EnterpriseRegistered(enterprise.Id, enterprise.TownId, enterprise.Name, enterprise.Products, enterprise.RegisteredAt));
        await db.SaveChangesAsync(context.CancellationToken);
        return ToMessage(enterprise);
    }

    public override async Task<V1.Enterprise> UpdateEnterprise(UpdateEnterpriseRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller().RequireRole(Roles.Enterprise, Roles.Town, Roles.Admin);
        var validator = new RequestValidator().Guid("id", request.Id);
        if (request.HasName)
        {
            validator.Required("name", request.Name, 200);
        }

        if (request.Products is not null)
        {
            validator.Items("products.values", request.Products.Values, 50, 200);
        }

        validator.ThrowIfInvalid();
        var id = Guid.Parse(request.Id);
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == id, context.CancellationToken)
            ?? throw new NotFoundException("Enterprise", request.Id);
        caller.RequireThat(enterprise.MayBeEditedBy(caller), "edit this enterprise");
        if (enterprise.Apply(request.HasName ? request.Name : null, request.Products?.Values.ToList()))
        {
            outbox.Add(new EnterpriseUpdated(enterprise.Id, enterprise.TownId, enterprise.Name, enterprise.Products, clock.GetUtcNow()));
            await db.SaveChangesAsync(context.CancellationToken);
        }

        return ToMessage(enterprise);
    }

    public override async Task<V1.Enterprise> GetEnterprise(GetEnterpriseRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        var id = Guid.Parse(request.Id);
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, context.CancellationToken)
            ?? throw new NotFoundException("Enterprise", request.Id);
        return ToMessage(enterprise);
    }

    private static V1.Enterprise ToMessage(DomainEnterprise enterprise)
    {
        var message = new V1.Enterprise
        {
            Id = enterprise.Id.ToString(),
            Name = enterprise.Name,
            TownId = enterprise.TownId.ToString(),
            RegisteredAt = Timestamp.FromDateTimeOffset(enterprise.RegisteredAt),
        };
        message.Products.AddRange(enterprise.Products);
        return message;
    }
}
