using Dapr.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SpecialtyTowns.ServiceDefaults.Sidecar;

namespace SpecialtyTowns.ServiceDefaults.Extensions;

/// <summary>
/// Under Dapr ("Dapr:GrpcPort" or DAPR_GRPC_PORT): the Dapr client, and the settings named in
/// "Dapr:Secrets" from the sidecar's secret store. Without a sidecar it does nothing.
/// </summary>
public static class DaprSidecarExtensions
{
    public static IHostApplicationBuilder AddDaprSidecar(this IHostApplicationBuilder builder)
    {
        if (DaprSidecar.GrpcEndpoint(builder.Configuration) is not { } endpoint)
        {
            return builder;
        }

        builder.Services.AddDaprClient(dapr => dapr.UseGrpcEndpoint(endpoint));
        var secrets = DaprSidecar.Secrets(builder.Configuration);
        if (secrets.Count > 0)
        {
            // Added last, so the store wins over appsettings and the environment; read at once,
            // because everything after this (Redis, the database, the keys) needs the values.
            var wait = builder.Configuration.GetValue($"{DaprSidecar.SectionName}:SidecarWait", TimeSpan.FromSeconds(60));
            builder.Configuration.Add(new DaprSecretsConfigurationSource(
                () => new DaprClientBuilder().UseGrpcEndpoint(endpoint).Build(),
                DaprSidecar.SecretStore(builder.Configuration),
                secrets,
                wait));
        }

        return builder;
    }
}
