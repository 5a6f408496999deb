using Grpc.Core;
using Grpc.Net.ClientFactory;
using Scalar.AspNetCore;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.Gateway.Api.Enterprises;
using SpecialtyTowns.Gateway.Api.ReadModels;
using SpecialtyTowns.Gateway.Api.Towns;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Extensions;

public static class GatewayServiceExtensions
{
    private const long MaxRequestBodyBytes = 256 * 1024;

    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
            kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<RpcExceptionHandler>();
        builder.Services.AddOpenApi();

        builder.AddServiceClient<TownsService.TownsServiceClient>("Towns");
        builder.AddServiceClient<EnterprisesService.EnterprisesServiceClient>("Enterprises");
        builder.AddServiceClient<LeadsService.LeadsServiceClient>("Leads");
        builder.AddServiceClient<ExpoService.ExpoServiceClient>("Expo");
        return builder;
    }

    public static WebApplication MapGatewayApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapTownsApi();
        app.MapEnterprisesApi();
        app.MapReadModelsApi();
        return app;
    }

    private static void AddServiceClient<TClient>(this IHostApplicationBuilder builder, string service)
        where TClient : ClientBase
    {
        var address = builder.Configuration[$"Services:{service}:Grpc"]
            ?? throw new InvalidOperationException($"Services:{service}:Grpc is not configured");
        builder.Services.AddGrpcClient<TClient>(options =>
        {
            options.Address = new Uri(address);
            options.InterceptorRegistrations.Add(new InterceptorRegistration(
                InterceptorScope.Client,
                _ => new DeadlineInterceptor(TimeSpan.FromSeconds(10))));
        });
    }
}
