namespace SpecialtyTowns.TestKit;

/// <summary>Waits for an asynchronous outcome (an event crossing the broker) with a bound.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await probe() is { } value)
                {
                    return value;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException or Npgsql.NpgsqlException)
            {
                last = exception;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Timed out after {timeout} waiting for {what}", last);
    }

    /// <summary>Calls until the call stops failing with NotFound (a consumer has applied its event, say).</summary>
    public static Task<T> FoundAsync<T>(Func<Task<T>> call, TimeSpan timeout, string what)
        where T : class =>
        GetAsync<T>(
            async () =>
            {
                try
                {
                    return await call();
                }
                catch (Grpc.Core.RpcException exception) when (exception.StatusCode == Grpc.Core.StatusCode.NotFound)
                {
                    return null;
                }
            },
            timeout,
            what);

    public static Task TrueAsync(Func<Task<bool>> probe, TimeSpan timeout, string what) =>
        GetAsync<object>(async () => await probe() ? new object() : null, timeout, what);
}
