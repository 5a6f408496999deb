using System.Net;
using Microsoft.AspNetCore.Http;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.ServiceDefaults.Health;

/// <summary>
/// Who may read which dependencies a host has and which of them are down: a caller on the
/// same machine (an operator's shell, the local test run, a Dapr sidecar) or an admin's token.
/// Everyone else, the orchestrator's probes included, gets the status code and the overall
/// status only, because the list maps the system for an attacker.
/// </summary>
public static class ReadinessDetails
{
    /// <summary>True when <paramref name="context"/> comes from loopback or carries a verified admin token.</summary>
    public static bool MayRead(HttpContext context) =>
        IsLoopback(context.Connection.RemoteIpAddress) || context.User.IsInRole(Roles.Admin);

    /// <summary>
    /// An unknown address (an in-memory test server) is not loopback. Behind a reverse proxy the
    /// address is the proxy's unless the forwarded-headers middleware is enabled, see the README.
    /// </summary>
    public static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
