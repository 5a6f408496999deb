using Npgsql;
using SpecialtyTowns.Bench.Enterprises;
using SpecialtyTowns.Bench.Search.Hosting;

namespace SpecialtyTowns.Bench.Shared;

/// <summary>The Expo service on a fresh database, started with a gateway in front, for the Expo benchmarks.</summary>
/// <param name="ExpoConnection">The Expo database, for inserting SYNTHETIC data and counting afterwards.</param>
/// <param name="Admin">The gateway, signed in as the bench admin.</param>
internal sealed record ExpoBehindGateway(string ExpoConnection, HttpClient Admin)
{
    /// <summary>Migrates <c>expo_{name}_bench</c>, starts Expo and a gateway (<c>gateway-{name}</c>) on RabbitMQ's <paramref name="virtualHost"/>.</summary>
    public static async Task<ExpoBehindGateway> StartAsync(ServiceBench bench, string name, string virtualHost, BenchKeys keys, CancellationToken cancellationToken)
    {
        var expoService = await bench.MigratedAsync("Expo", "SpecialtyTowns.Expo", $"expo_{name}_bench", virtualHost, keys.PublicKeyPem, cancellationToken);
        var gatewayDatabase = await ServiceBench.RecreateAsync(BenchInfrastructure.Postgres, $"gateway_{name}_bench", cancellationToken);
        var expo = bench.Start("expo", expoService.Dll, expoService.Environment);
        await expo.WaitUntilReadyAsync(expoService.Health, TimeSpan.FromMinutes(5), cancellationToken);
        var http = await bench.AdminGatewayAsync($"gateway-{name}", virtualHost, gatewayDatabase, keys, "Expo", expoService.Grpc, cancellationToken);
        return new ExpoBehindGateway(new NpgsqlConnectionStringBuilder(BenchInfrastructure.Postgres) { Database = expoService.Database, CommandTimeout = 600 }.ConnectionString, http);
    }
}
