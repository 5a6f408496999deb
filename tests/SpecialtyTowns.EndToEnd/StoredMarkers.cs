using System.Text.RegularExpressions;
using Npgsql;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

/// <summary>
/// Finds markers written into requests in every row of every table of the system's databases
/// (rows compared as text), so a test can tell which refused requests left something behind.
/// </summary>
public static class StoredMarkers
{
    private static readonly string[] Services = ["towns", "enterprises", "leads", "expo", "gateway"];

    /// <summary>Every marker matching the pattern (a PostgreSQL regular expression) and the tables holding it.</summary>
    public static async Task<IReadOnlyDictionary<string, HashSet<string>>> FindAsync(SystemUnderTest system, string pattern)
    {
        var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var service in Services)
        {
            await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString(system.Database(service)));
            await connection.OpenAsync();
            foreach (var table in await TablesAsync(connection))
            {
                await using var command = new NpgsqlCommand($"SELECT t::text FROM {table} AS t WHERE t::text ~ $1", connection);
                command.Parameters.Add(new NpgsqlParameter { Value = pattern });
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    foreach (Match match in Regex.Matches(reader.GetString(0), pattern))
                    {
                        if (!found.TryGetValue(match.Value, out var tables))
                        {
                            found[match.Value] = tables = [];
                        }

                        tables.Add($"{service}.{table}");
                    }
                }
            }
        }

        return found;
    }

    private static async Task<List<string>> TablesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables " +
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
