using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>
/// Failed sign-in counts in Redis, shared by every gateway replica: per email and client
/// address, and per client address. Unknown emails count like known ones, so the throttle
/// itself tells nobody which emails have an account.
/// </summary>
public sealed class SignInThrottle(IConnectionMultiplexer redis, IOptions<SignInThrottleOptions> options, TimeProvider clock, ILogger<SignInThrottle> logger)
{
    public const string KeyPrefix = "signin:gateway:";

    // Count, time of the last failure and expiry in one script, so that no key is left without an expiry.
    private const string FailureScript = """
        redis.call('HINCRBY', KEYS[1], 'n', 1)
        redis.call('HSET', KEYS[1], 't', ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 1
        """;

    private static readonly RedisValue[] Fields = ["n", "t"];

    /// <summary>How long this client must wait before it may try this email again; zero when it may now.</summary>
    public async Task<TimeSpan> WaitAsync(string email, string client)
    {
        try
        {
            var database = redis.GetDatabase();
            var pair = database.HashGetAsync(PairKey(email, client), Fields);
            var address = database.HashGetAsync(ClientKey(client), Fields);
            var now = clock.GetUtcNow();
            var pairWait = Wait(options.Value.PerAccountAndClient, await pair, now);
            var clientWait = Wait(options.Value.PerClient, await address, now);
            return pairWait > clientWait ? pairWait : clientWait;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Failing open: without Redis, the gateway's request rate limits still bound guessing.
            logger.LogWarning(e, "Sign-in throttle unavailable; the attempt is let through");
            return TimeSpan.Zero;
        }
    }

    public async Task FailedAsync(string email, string client)
    {
        try
        {
            var database = redis.GetDatabase();
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            await Task.WhenAll(
                database.ScriptEvaluateAsync(FailureScript, [PairKey(email, client)], [now, Milliseconds(options.Value.PerAccountAndClient.Memory)]),
                database.ScriptEvaluateAsync(FailureScript, [ClientKey(client)], [now, Milliseconds(options.Value.PerClient.Memory)]));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Sign-in throttle unavailable; a failure was not counted");
        }
    }

    /// <summary>The right password clears this client's count for the email; the address's count stays.</summary>
    public async Task SucceededAsync(string email, string client)
    {
        try
        {
            await redis.GetDatabase().KeyDeleteAsync(PairKey(email, client));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Sign-in throttle unavailable; a success was not recorded");
        }
    }

    // Emails are hashed: Redis needs no readable addresses, and key lengths stay bounded.
    public static string PairKey(string email, string client) =>
        $"{KeyPrefix}pair:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())))[..32]}:{client}";

    public static string ClientKey(string client) => $"{KeyPrefix}client:{client}";

    private static TimeSpan Wait(SignInThrottleRule rule, RedisValue[] values, DateTimeOffset now) =>
        values[0].IsNull || values[1].IsNull
            ? TimeSpan.Zero
            : rule.WaitAfter((long)values[0], DateTimeOffset.FromUnixTimeMilliseconds((long)values[1]), now);

    private static long Milliseconds(TimeSpan span) => (long)Math.Ceiling(span.TotalMilliseconds);
}
