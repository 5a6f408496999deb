using Grpc.Core;
using SpecialtyTowns.Enterprises.Application;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Enterprises.Grpc;

/// <summary>Enterprise profiles; search and matching live in the other parts of this partial class.</summary>
public sealed partial class EnterprisesGrpcService(
    RegisterEnterprise register,
    UpdateEnterprise update,
    GetEnterprise get,
    ListTownEnterprises listTownEnterprises) : EnterprisesService.EnterprisesServiceBase
{
    private const int MaxPage = 10_000;
    private const int MaxPageSize = 100;

    public override async Task<V1.Enterprise> RegisterEnterprise(RegisterEnterpriseRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();

        // A town account registers for its own town: town_id may be left out.
        var townId = request.TownId.Length == 0 && caller.Role == Roles.Town ? caller.TownId?.ToString() ?? string.Empty : request.TownId;
        var validator = new RequestValidator().RequestId(request.RequestId).Guid("town_id", townId);
        EnterpriseProfileValidator.Validate(validator, "profile", request.Profile);
        validator.ThrowIfInvalid();
        var command = new RegisterEnterpriseCommand(request.RequestId, Guid.Parse(townId), EnterpriseProfileMapper.ToDomain(request.Profile));
        return EnterpriseMapper.ToMessage(await register.ExecuteAsync(command, caller, context.CancellationToken), withContacts: true);
    }

    public override async Task<V1.Enterprise> UpdateEnterprise(UpdateEnterpriseRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator().RequestId(request.RequestId).Guid("id", request.Id)
            .Must(request.ExpectedVersion >= 0, "expected_version", "must not be negative (0: no check)");
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
        return EnterpriseMapper.ToMessage(enterprise, ContactsVisibleTo(caller));
    }

    public override async Task<ListTownEnterprisesResponse> ListTownEnterprises(ListTownEnterprisesRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .Guid("town_id", request.TownId)
            .Must(request.Page is >= 0 and <= MaxPage, "page", $"must be between 1 and {MaxPage} (0: 1)")
            .Must(request.PageSize is >= 0 and <= MaxPageSize, "page_size", $"must be between 1 and {MaxPageSize} (0: 20)")
            .ThrowIfInvalid();
        var page = request.Page == 0 ? 1 : request.Page;
        var size = request.PageSize == 0 ? 20 : request.PageSize;
        var found = await listTownEnterprises.ExecuteAsync(Guid.Parse(request.TownId), page, size, context.CancellationToken);
        var withContacts = ContactsVisibleTo(context.GetCaller());
        var response = new ListTownEnterprisesResponse { Total = found.Total, Page = page, PageSize = size };
        response.Enterprises.AddRange(found.Enterprises.Select(e => EnterpriseMapper.ToMessage(e, withContacts)));
        return response;
    }

    /// <summary>Contacts are for signed-in accounts; visitors (the gateway acting for nobody) get the rest.</summary>
    private static bool ContactsVisibleTo(Caller caller) => caller.Role != Roles.Anonymous;
}
