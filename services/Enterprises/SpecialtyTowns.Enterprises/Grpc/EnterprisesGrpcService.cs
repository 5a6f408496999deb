using Grpc.Core;
using SpecialtyTowns.Enterprises.Application;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Enterprises.Grpc;

public sealed partial class EnterprisesGrpcService(RegisterEnterprise register, UpdateEnterprise update, GetEnterprise get) : EnterprisesService.EnterprisesServiceBase
{
    public override async Task<V1.Enterprise> RegisterEnterprise(RegisterEnterpriseRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator().RequestId(request.RequestId).Guid("town_id", request.TownId);
        EnterpriseProfileValidator.Validate(validator, "profile", request.Profile);
        validator.ThrowIfInvalid();
        var command = new RegisterEnterpriseCommand(request.RequestId, Guid.Parse(request.TownId), EnterpriseProfileMapper.ToDomain(request.Profile));
        return EnterpriseMapper.ToMessage(await register.ExecuteAsync(command, caller, context.CancellationToken), withContacts: true);
    }

    public override async Task<V1.Enterprise> UpdateEnterprise(UpdateEnterpriseRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator().RequestId(request.RequestId).Guid("id", request.Id);
        EnterpriseProfileValidator.Validate(validator, "profile", request.Profile);
        validator.ThrowIfInvalid();
        var command = new UpdateEnterpriseCommand(request.RequestId, Guid.Parse(request.Id), EnterpriseProfileMapper.ToDomain(request.Profile), request.ExpectedVersion);
        return EnterpriseMapper.ToMessage(await update.ExecuteAsync(command, caller, context.CancellationToken), withContacts: true);
    }

    public override async Task<V1.Enterprise> GetEnterprise(GetEnterpriseRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        var caller = context.GetCaller();
        var enterprise = await get.ExecuteAsync(Guid.Parse(request.Id), context.CancellationToken);
        return EnterpriseMapper.ToMessage(enterprise, withContacts: caller.Role != Roles.Anonymous);
    }
}
