using Grpc.Core;
using SpecialtyTowns.Leads.Application.Investors;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Leads.Grpc;

public sealed class InvestorsGrpcService(GetMyOrganisation getMine, SaveMyOrganisation save, GetOrganisation getOne, FindOrganisations find)
    : InvestorsService.InvestorsServiceBase
{
    private const int MaxFound = 50;

    public override async Task<V1.InvestorOrganisation> GetMyOrganisation(GetMyOrganisationRequest request, ServerCallContext context) =>
        OrganisationMapper.ToMessage(await getMine.ExecuteAsync(context.GetCaller(), context.CancellationToken));

    public override async Task<V1.InvestorOrganisation> SaveMyOrganisation(SaveMyOrganisationRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator()
            .RequestId(request.RequestId)
            .Must(request.ExpectedVersion >= 0, "expected_version", "must not be negative")
            .ThrowIfInvalid();
        var command = new SaveMyOrganisationCommand(request.RequestId, request.ExpectedVersion, OrganisationProfileMapper.Read(request.Profile));
        return OrganisationMapper.ToMessage(await save.ExecuteAsync(command, caller, context.CancellationToken));
    }

    public override async Task<V1.InvestorOrganisation> GetOrganisation(GetOrganisationRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        return OrganisationMapper.ToMessage(await getOne.ExecuteAsync(Guid.Parse(request.Id), caller, context.CancellationToken));
    }

    public override async Task<FindOrganisationsResponse> FindOrganisations(FindOrganisationsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator()
            .Required("query", request.Query, 100)
            .Must(request.Limit is >= 0 and <= MaxFound, "limit", $"must be between 1 and {MaxFound} (0: 20)")
            .ThrowIfInvalid();
        var found = await find.ExecuteAsync(request.Query, request.Limit == 0 ? 20 : request.Limit, caller, context.CancellationToken);
        var response = new FindOrganisationsResponse();
        response.Organisations.AddRange(found.Select(OrganisationMapper.ToMessage));
        return response;
    }
}
