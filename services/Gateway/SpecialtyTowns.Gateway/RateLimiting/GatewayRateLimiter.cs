using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;

namespace SpecialtyTowns.Gateway.RateLimiting;

/// <summary>
/// The gateway's global limiter: every request counts against its client address, and an
/// authenticated request also against its user. Health, API-description and static-file endpoints are free.
/// </summary>
public sealed class GatewayRateLimiter(DistributedWindowRateLimiter perUser, DistributedWindowRateLimiter perIp)
    : PartitionedRateLimiter<HttpContext>
{
    // The access token's subject; the gateway reads tokens without mapping claim names.
    private const string SubjectClaim = "sub";

    // Static files (the pages' scripts, styles, fonts) cost nothing and are cached by browsers.
    private static readonly PathString[] ExemptPaths = ["/health", "/openapi", "/scalar", "/_content", "/_framework", "/css", "/js", "/img"];

    public static bool IsExempt(HttpContext context) =>
        Array.Exists(ExemptPaths, path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase));

    /// <summary>The user's partition, or empty for an anonymous request.</summary>
    public static string UserPartition(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
            ? context.User.FindFirstValue(SubjectClaim) ?? context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty
            : string.Empty;

    public static string AddressPartition(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : IPAddress.None.ToString();

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    // An anonymous request answers at once when this replica holds permits for its address. An
    // authenticated one needs both limits, and a permit taken from one while the other defers
    // would be counted twice, so it always takes the asynchronous path.
    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        IsExempt(resource) ? WindowLease.Acquired
        : UserPartition(resource).Length == 0 ? perIp.AttemptAcquire(AddressPartition(resource), permitCount)
        : WindowLease.Deferred;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (IsExempt(resource))
        {
            return WindowLease.Acquired;
        }

        var addressLease = await perIp.AcquireAsync(AddressPartition(resource), permitCount, cancellationToken);
        var user = UserPartition(resource);
        if (!addressLease.IsAcquired || user.Length == 0)
        {
            return addressLease;
        }

        // Window permits are spent when counted; there is nothing to hold on to.
        addressLease.Dispose();
        return await perUser.AcquireAsync(user, permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            perUser.Dispose();
            perIp.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await perUser.DisposeAsync();
        await perIp.DisposeAsync();
        await base.DisposeAsyncCore();
    }
}
