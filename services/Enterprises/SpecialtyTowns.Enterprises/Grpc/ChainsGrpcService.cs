using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using SpecialtyTowns.Enterprises.Application;
using SpecialtyTowns.Enterprises.Application.Chains;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Enterprises.Grpc;

public sealed class ChainsGrpcService(GetTownChain getTownChain, SaveChainNode save, RemoveChainNode remove) : ChainsService.ChainsServiceBase
{
    public override async Task<TownChain> GetTownChain(GetTownChainRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("town_id", request.TownId).ThrowIfInvalid();
        var chain = await getTownChain.ExecuteAsync(Guid.Parse(request.TownId), context.CancellationToken);
        var message = new TownChain
        {
            TownId = chain.TownId.ToString(),
            UpdatedAt = chain.UpdatedAt is { } updated ? Timestamp.FromDateTimeOffset(updated) : null,
            EnterpriseCount = chain.Enterprises.Count,
        };
        message.Nodes.AddRange(chain.Nodes.Select(n => ChainNodeMapper.ToMessage(n, chain.OpenGapCounts.GetValueOrDefault(n.Id))));
        message.Enterprises.AddRange(chain.Enterprises.Select(e => EnterpriseMapper.ToMessage(new EnterpriseView(e, chain.Town), withContacts: false)));
        message.OpenGaps.AddRange(chain.OpenGaps.Select(ChainGapMapper.ToMessage));
        return message;
    }

    public override async Task<V1.ChainNode> SaveChainNode(SaveChainNodeRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("id", request.Id, required: false)
            .Guid("town_id", request.TownId, required: false)
            .Must(request.ExpectedVersion >= 0, "expected_version", "must not be negative");
        ChainNodeMapper.Validate(validator, request.Content);
        validator.ThrowIfInvalid();
        var command = new SaveChainNodeCommand(
            request.RequestId, OptionalGuid(request.Id), OptionalGuid(request.TownId), ChainNodeMapper.ToDomain(request.Content), request.ExpectedVersion);
        var saved = await save.ExecuteAsync(command, caller, context.CancellationToken);
        return ChainNodeMapper.ToMessage(saved.Node, saved.OpenGapCount);
    }

    public override async Task<RemoveChainNodeResponse> RemoveChainNode(RemoveChainNodeRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        new RequestValidator().RequestId(request.RequestId).Guid("id", request.Id).ThrowIfInvalid();
        var id = await remove.ExecuteAsync(new RemoveChainNodeCommand(request.RequestId, Guid.Parse(request.Id)), caller, context.CancellationToken);
        return new RemoveChainNodeResponse { Id = id.ToString() };
    }

    private static Guid? OptionalGuid(string value) => value.Length == 0 ? null : Guid.Parse(value);
}
