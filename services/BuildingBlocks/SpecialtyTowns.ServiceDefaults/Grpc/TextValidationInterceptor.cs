using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.ServiceDefaults.Grpc;

/// <summary>
/// Refuses every request whose text breaks <see cref="TextRule"/> before a handler sees it, so
/// no handler has to remember it and a NUL never reaches PostgreSQL. Registered inside
/// <see cref="ErrorMappingInterceptor"/>, which turns the refusal into InvalidArgument.
/// </summary>
public sealed class TextValidationInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Validate(request);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Validate(request);
        return continuation(request, responseStream, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream,
        ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(new ValidatingStreamReader<TRequest>(requestStream), context);

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(new ValidatingStreamReader<TRequest>(requestStream), responseStream, context);

    internal static void Validate<TRequest>(TRequest request)
    {
        if (request is IMessage message && MessageText.Check(message) is { Count: > 0 } violations)
        {
            throw new RequestValidationException(violations);
        }
    }

    private sealed class ValidatingStreamReader<T>(IAsyncStreamReader<T> inner) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            var moved = await inner.MoveNext(cancellationToken);
            if (moved)
            {
                Validate(inner.Current);
            }

            return moved;
        }
    }
}
