using Microsoft.AspNetCore.Authorization;

namespace SpecialtyTowns.Gateway.Errors;

/// <summary>
/// The gateway's fallback authorization policy: a routed endpoint that does not say who may call it
/// needs a signed-in caller, but a request no route matched (an unknown path, or a route value its
/// constraint refuses, such as <c>/towns/not-a-guid</c>) or whose method no route takes answers
/// 404 or 405 to everyone, never 401.
/// </summary>
public static class UnroutedRequests
{
    public static AuthorizationPolicy FallbackPolicy { get; } = new AuthorizationPolicyBuilder()
        .RequireAssertion(context => context.User.Identity?.IsAuthenticated == true || IsUnrouted(context.Resource))
        .Build();

    // Routing's 404 leaves no endpoint and its 405 is a plain Endpoint; every mapped route is a RouteEndpoint.
    private static bool IsUnrouted(object? resource) =>
        resource is HttpContext http && http.GetEndpoint() is not RouteEndpoint;
}
