using Npgsql;

namespace SpecialtyTowns.TestKit;

/// <summary>Throw-away databases for one test run, and direct reads to assert on.</summary>
public static class TestDatabase
{
    public static async Task RecreateAsync(string database)
    {
        await using var connection = new NpgsqlConnection(Infrastructure.PostgresServer + ";Database=postgres");
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public static string ConnectionString(string database) => Infrastructure.PostgresServer + $";Database={database}";

    public static async Task<long> CountAsync(string database, string sql, params object[] parameters) =>
        Convert.ToInt64(await ScalarAsync(database, sql, parameters), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The id a statement returns (an upsert's row, whichever way it went).</summary>
    public static async Task<Guid> GuidAsync(string database, string sql, params object[] parameters) =>
        (Guid)(await ScalarAsync(database, sql, parameters) ?? throw new InvalidOperationException("The statement returned no id"));

    /// <summary>Runs a statement for a state no API reaches (a database from before a replay existed).</summary>
    public static Task ExecuteAsync(string database, string sql, params object[] parameters) => ScalarAsync(database, sql, parameters);

    private static async Task<object?> ScalarAsync(string database, string sql, object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteScalarAsync();
    }
}
