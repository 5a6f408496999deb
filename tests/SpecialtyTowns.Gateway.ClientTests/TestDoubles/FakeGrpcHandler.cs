using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using Google.Protobuf;
using Grpc.Core;

namespace SpecialtyTowns.Gateway.ClientTests.TestDoubles;

/// <summary>
/// Stands in for the network under a gRPC channel: records every request and answers each with
/// the status (and, for OK, the message) the test chose.
/// </summary>
public sealed class FakeGrpcHandler : HttpMessageHandler
{
    private Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> _respond;

    public FakeGrpcHandler() => _respond = (_, _) => Task.FromResult(Status(StatusCode.Unavailable));

    public ConcurrentQueue<HttpRequestMessage> Requests { get; } = new();

    public int Calls => Requests.Count;

    public TaskCompletionSource Hung { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void AnswerWith(StatusCode status) => _respond = (_, _) => Task.FromResult(Status(status));

    public void AnswerWith(IMessage message) => _respond = (_, _) => Task.FromResult(Message(message));

    /// <summary>Never answers; notes when the caller cancels.</summary>
    public void Hang() => _respond = async (_, cancellationToken) =>
    {
        Hung.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled.TrySetResult();
            throw;
        }

        throw new InvalidOperationException("unreachable");
    };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return _respond(request, cancellationToken);
    }

    private static HttpResponseMessage Status(StatusCode status)
    {
        // A "trailers-only" answer: the status travels in the headers, with no body.
        var response = Response(new ByteArrayContent([]));
        response.Headers.Add("grpc-status", ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("grpc-message", status.ToString());
        return response;
    }

    private static HttpResponseMessage Message(IMessage message)
    {
        var payload = message.ToByteArray();
        var frame = new byte[5 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), (uint)payload.Length);
        payload.CopyTo(frame, 5);
        var response = Response(new ByteArrayContent(frame));
        response.TrailingHeaders.Add("grpc-status", "0");
        return response;
    }

    private static HttpResponseMessage Response(HttpContent content)
    {
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/grpc");
        return new HttpResponseMessage(HttpStatusCode.OK) { Version = HttpVersion.Version20, Content = content };
    }
}
