using System.Globalization;

namespace SpecialtyTowns.Bench.Enterprises;

/// <summary>This checkout's infrastructure, on the ports deploy/local/infra.sh uses (ST_PG_PORT, ST_REDIS_PORT, ST_RABBIT_PORT).</summary>
internal static class BenchInfrastructure
{
    public static string Postgres => $"Host=127.0.0.1;Port={Port("ST_PG_PORT", 55432)};Username=postgres;Password=specialtytowns";

    public static string Redis => $"127.0.0.1:{Port("ST_REDIS_PORT", 56379)},abortConnect=false,defaultDatabase=9";

    public static string RabbitMq(string virtualHost) => $"amqp://specialtytowns:specialtytowns@127.0.0.1:{Port("ST_RABBIT_PORT", 55672)}/{virtualHost}";

    private static int Port(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : fallback;
}
