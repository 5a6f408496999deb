using Google.Protobuf;
using Grpc.Core;
using Dapr.Client.Autogen.Grpc.v1;
using DaprApi = global::Dapr.Client.Autogen.Grpc.v1.Dapr;

namespace SpecialtyTowns.Dapr.IntegrationTests.StandIn;

/// <summary>
/// The few calls of Dapr's runtime API (dapr.proto.runtime.v1.Dapr) that the hosts make, bound
/// by hand because Dapr.Protos ships only the client: names and messages come from its descriptor
/// and generated types. Not sealed: Grpc.AspNetCore binds only virtual handlers, as protoc's
/// generated base classes declare them.
/// </summary>
[BindServiceMethod(typeof(StandInDaprRuntime), nameof(BindService))]
public class StandInDaprRuntime(SecretStore store, SidecarRecord record)
{
    public static void BindService(ServiceBinderBase binder, StandInDaprRuntime? runtime)
    {
        // Grpc.AspNetCore finds the handlers on this type by method name.
        binder.AddMethod(Unary(GetSecretRequest.Parser, GetSecretResponse.Parser, nameof(GetSecret)), (UnaryServerMethod<GetSecretRequest, GetSecretResponse>?)null);
        binder.AddMethod(Unary(GetBulkSecretRequest.Parser, GetBulkSecretResponse.Parser, nameof(GetBulkSecret)), (UnaryServerMethod<GetBulkSecretRequest, GetBulkSecretResponse>?)null);
    }

    public virtual Task<GetSecretResponse> GetSecret(GetSecretRequest request, ServerCallContext context)
    {
        record.SecretReads.Enqueue($"{request.StoreName}/{request.Key}");
        CheckStore(request.StoreName);
        if (!store.Secrets.TryGetValue(request.Key, out var secret))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"secret {request.Key} not found"));
        }

        var response = new GetSecretResponse();
        response.Data.Add(new Dictionary<string, string>(secret));
        return Task.FromResult(response);
    }

    public virtual Task<GetBulkSecretResponse> GetBulkSecret(GetBulkSecretRequest request, ServerCallContext context)
    {
        record.SecretReads.Enqueue($"{request.StoreName}/*");
        CheckStore(request.StoreName);
        var response = new GetBulkSecretResponse();
        foreach (var (name, secret) in store.Secrets)
        {
            var values = new SecretResponse();
            values.Secrets.Add(new Dictionary<string, string>(secret));
            response.Data.Add(name, values);
        }

        return Task.FromResult(response);
    }

    private static Method<TRequest, TResponse> Unary<TRequest, TResponse>(MessageParser<TRequest> request, MessageParser<TResponse> response, string name)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var method = DaprApi.Descriptor.FindMethodByName(name)
            ?? throw new InvalidOperationException($"Dapr's runtime API has no method {name}");
        return new Method<TRequest, TResponse>(
            MethodType.Unary,
            DaprApi.Descriptor.FullName,
            method.Name,
            Marshallers.Create(message => message.ToByteArray(), request.ParseFrom),
            Marshallers.Create(message => message.ToByteArray(), response.ParseFrom));
    }

    private void CheckStore(string name)
    {
        if (name != store.Name)
        {
            // What the runtime answers for a store that is not declared.
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"failed finding secret store with key {name}"));
        }
    }
}
