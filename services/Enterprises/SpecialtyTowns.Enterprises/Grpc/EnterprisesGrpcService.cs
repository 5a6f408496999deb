using Grpc.Core;
using SpecialtyTowns.Enterprises.Application;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Enterprises.Grpc;

public sealed class EnterprisesGrpcService(RegisterEnterprise register, UpdateEnterprise update, GetEnterprise get) : EnterprisesService.EnterprisesServiceBase
{
    public override async Task<V1.Enterprise> RegisterEnterprise(RegisterEnterpriseRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator()
            .RequestId(request.RequestId)
            .Required("name", request.Name, 200)
            .Guid("town_id", request.TownId)
            .Items("products", request.Products, 50, 200)
            .ThrowIfInvalid();
        var command = new RegisterEnterpriseCommand(request.RequestId, Guid.Parse(request.TownId), request.Name, request.Products);
        return EnterpriseMapper.ToMessage(await register.ExecuteAsync(command, caller, context.CancellationToken));
    }

    public override async Task<V1.Enterprise> UpdateEnterprise(UpdateEnterpriseRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator().RequestId(request.RequestId).Guid("id", request.Id);
        if (request.HasName)
        {
            validator.Required("name", request.Name, 200);
        }

        if (request.Products is not null)
        {
            validator.Items("products.values", request.Products.Values, 50, 200);
        }

        validator.ThrowIfInvalid();
        var command = new UpdateEnterpriseCommand(
            request.RequestId,
            Guid.Parse(request.Id),
            request.HasName ? request.Name : null,
            request.Products?.Values.ToList());
        return EnterpriseMapper.ToMessage(await update.ExecuteAsync(command, caller, context.CancellationToken));
    }

    public override async Task<V1.Enterprise> GetEnterprise(GetEnterpriseRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        return EnterpriseMapper.ToMessage(await get.ExecuteAsync(Guid.Parse(request.Id), context.CancellationToken));
    }
}
