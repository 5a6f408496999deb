using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace SpecialtyTowns.Gateway.Errors;

/// <summary>Every refusal the gateway or Kestrel makes is ProblemDetails (README "Conventions").</summary>
public static class GatewayErrorExtensions
{
    public static IHostApplicationBuilder AddGatewayErrors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<RpcExceptionHandler>();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Binding failures throw (instead of a bare 400), so BadRequestExceptionHandler can name the field.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // Beside the middleware that answers these limits with ProblemDetails (RequestLimits).
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = RequestLimits.KestrelMaxRequestLineBytes;
            kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxRequestBodyBytes;
        });
        return builder;
    }

    public static WebApplication UseGatewayErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLimits>();
        app.UseMiddleware<QueryStringEncoding>();
        return app;
    }
}
