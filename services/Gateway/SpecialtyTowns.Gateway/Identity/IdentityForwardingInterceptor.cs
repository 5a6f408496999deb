using Grpc.Core;
using Grpc.Core.Interceptors;
using SpecialtyTowns.Gateway.Web.Auth;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>
/// Every service call carries a verified identity: the signed-in caller's own access token
/// (already validated here), a signed-in page user's session token, or the gateway's anonymous token for public reads.
/// </summary>
public sealed class IdentityForwardingInterceptor(IHttpContextAccessor http, TokenIssuer tokens) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        return continuation(request, WithIdentity(context));
    }

    // Streams (the leads export) need the caller's identity as much as single calls do.
    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithIdentity(context));

    private ClientInterceptorContext<TRequest, TResponse> WithIdentity<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context)
        where TRequest : class
        where TResponse : class
    {
        var headers = context.Options.Headers ?? [];
        if (headers.Get("authorization") is null)
        {
            headers.Add("authorization", "Bearer " + TokenFor(http.HttpContext));
        }

        return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, context.Options.WithHeaders(headers));
    }

    private string TokenFor(HttpContext? httpContext)
    {
        // An interactive island's circuit (search suggestions) asks only public questions; the
        // HttpContext it sees is its connection's, whose token would expire with the circuit alive.
        if (httpContext?.Request.Path.StartsWithSegments("/_blazor") == true)
        {
            return tokens.Anonymous();
        }

        // A signed-in page user: the session's access token, refreshed by PageSessionEvents.
        if (httpContext?.Items[PageAuthentication.AccessTokenItem] is string pageToken)
        {
            return pageToken;
        }

        if (httpContext?.User.Identity?.IsAuthenticated == true)
        {
            var header = httpContext.Request.Headers.Authorization.ToString();
            if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return header["Bearer ".Length..].Trim();
            }
        }

        return tokens.Anonymous();
    }
}
