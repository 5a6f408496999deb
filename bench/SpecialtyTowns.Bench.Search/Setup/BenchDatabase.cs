using Npgsql;
using SpecialtyTowns.Bench.Search.Hosting;

namespace SpecialtyTowns.Bench.Search.Setup;

/// <summary>
/// A database only the benchmark uses. The name must end in "_bench": the dev databases
/// (towns, gateway...) are never touched.
/// </summary>
internal sealed class BenchDatabase
{
    public static readonly string Server = $"Host=127.0.0.1;Port={InfraPorts.Of("ST_PG_PORT", 55432)};Username=postgres;Password=specialtytowns";

    public BenchDatabase(string name)
    {
        if (!name.EndsWith("_bench", StringComparison.Ordinal) || name.Any(c => !(char.IsAsciiLetterLower(c) || c == '_')))
        {
            throw new ArgumentException($"benchmark databases are named like towns_bench, not {name}", nameof(name));
        }

        Name = name;
    }

    public string Name { get; }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = Name, Timeout = 15, CommandTimeout = 300 }.ConnectionString;

    public async Task RecreateAsync(string comment, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Timeout = 15 }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var sql in new[]
                 {
                     $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)",
                     $"CREATE DATABASE \"{Name}\"",
                     $"COMMENT ON DATABASE \"{Name}\" IS '{comment.Replace("'", "''", StringComparison.Ordinal)}'",
                 })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
