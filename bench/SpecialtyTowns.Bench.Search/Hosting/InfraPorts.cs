using System.Globalization;

namespace SpecialtyTowns.Bench.Search.Hosting;

/// <summary>The ports of the infrastructure deploy/local/infra.sh started: its defaults, or the ST_*_PORT a worktree set.</summary>
internal static class InfraPorts
{
    public static int Of(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : fallback;
}
