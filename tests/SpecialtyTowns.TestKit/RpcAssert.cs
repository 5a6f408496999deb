using Google.Rpc;
using Grpc.Core;

namespace SpecialtyTowns.TestKit;

/// <summary>Asserts on the canonical status a gRPC call fails with, and on the fields it names.</summary>
public static class RpcAssert
{
    public static async Task<RpcException> FailsAsync(StatusCode expected, Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(exception.StatusCode == expected, $"Expected {expected}, got {exception.StatusCode}: {exception.Status.Detail}");
        return exception;
    }

    /// <summary>The call fails with InvalidArgument whose <c>BadRequest</c> names exactly these fields.</summary>
    public static async Task InvalidArgumentAsync(Func<Task> call, params string[] fields)
    {
        var exception = await FailsAsync(StatusCode.InvalidArgument, call);
        var badRequest = exception.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Equal(
            fields.Order(StringComparer.Ordinal),
            badRequest.FieldViolations.Select(v => v.Field).Distinct().Order(StringComparer.Ordinal));
    }
}
