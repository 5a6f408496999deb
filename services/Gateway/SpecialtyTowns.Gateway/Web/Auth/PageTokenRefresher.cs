using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SpecialtyTowns.Gateway.Api.Auth;
using SpecialtyTowns.Gateway.Identity;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.Web.Auth;

/// <summary>
/// Rotates a page session's refresh token once, however many requests of that session arrive
/// with it at the same moment (two tabs, a retried post on poor Wi-Fi, an aborted enhanced
/// navigation). Refresh tokens are single-use and a second use revokes the whole family, so
/// the first request rotates under a short Redis lock and leaves the result, encrypted, for two
/// minutes; the others wait for it and take the same new tokens. Redis holds only that short-lived
/// copy: when it is down, the request rotates directly.
/// </summary>
public sealed class PageTokenRefresher(
    IConnectionMultiplexer redis,
    IDataProtectionProvider protection,
    RefreshTokenStore refreshTokens,
    UserManager<ApplicationUser> users,
    SessionIssuer sessions,
    ILogger<PageTokenRefresher> logger)
{
    private static readonly TimeSpan ResultLifetime = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LockLifetime = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan WaitStep = TimeSpan.FromMilliseconds(100);
    private const int WaitSteps = 50;

    private readonly IDataProtector _protector = protection.CreateProtector("SpecialtyTowns.Gateway.PageTokenRefresh");

    /// <summary>The session's user and new tokens, or null when the session must end.</summary>
    public async Task<(ApplicationUser User, TokenResponse Tokens)?> RefreshAsync(string refreshToken)
    {
        var key = "pages:refresh:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
        var database = redis.GetDatabase();
        if (await CachedAsync(database, key) is { } cached)
        {
            return cached;
        }

        if (!await TryLockAsync(database, key + ":lock"))
        {
            // Another request of this session is rotating the token: take its result.
            for (var step = 0; step < WaitSteps; step++)
            {
                await Task.Delay(WaitStep);
                if (await CachedAsync(database, key) is { } theirs)
                {
                    return theirs;
                }
            }

            return null;
        }

        // Not the request's token: a client that gives up mid-rotation must not burn the refresh token.
        var outcome = await refreshTokens.RotateAsync(refreshToken, CancellationToken.None);
        var user = outcome.Succeeded ? await ActiveUserAsync(outcome.UserId!.Value) : null;
        if (user is null)
        {
            return null;
        }

        var tokens = sessions.Continue(user, outcome.NewToken!);
        await TryAsync(() => database.StringSetAsync(key, _protector.Protect(JsonSerializer.Serialize(new Rotation(user.Id, tokens))), ResultLifetime));
        return (user, tokens);
    }

    private async Task<(ApplicationUser User, TokenResponse Tokens)?> CachedAsync(IDatabase database, string key)
    {
        RedisValue value = default;
        await TryAsync(async () => value = await database.StringGetAsync(key));
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        Rotation? rotation;
        try
        {
            rotation = JsonSerializer.Deserialize<Rotation>(_protector.Unprotect(value.ToString()));
        }
        catch (CryptographicException)
        {
            return null;
        }

        if (rotation is null)
        {
            return null;
        }

        return await ActiveUserAsync(rotation.UserId) is { } user ? (user, rotation.Tokens) : null;
    }

    private async Task<bool> TryLockAsync(IDatabase database, string lockKey)
    {
        var locked = true;
        await TryAsync(async () => locked = await database.StringSetAsync(lockKey, 1, LockLifetime, When.NotExists));
        return locked;
    }

    private async Task<ApplicationUser?> ActiveUserAsync(Guid userId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is not null && user.Status == AccountStatus.Active && !await users.IsLockedOutAsync(user) ? user : null;
    }

    private async Task TryAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            logger.LogWarning(exception, "Redis unavailable while refreshing a page session; rotating without sharing the result");
        }
    }

    private sealed record Rotation(Guid UserId, TokenResponse Tokens);
}
