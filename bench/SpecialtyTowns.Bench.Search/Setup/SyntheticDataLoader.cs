extern alias towns;

using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using towns::SpecialtyTowns.Towns.Application.Search;
using towns::SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Bench.Search.Setup;

/// <summary>
/// Writes the SYNTHETIC projects into Towns' <c>projects</c> table with binary COPY. Every row
/// says what it is in the actor of its "created" history entry ("synthetic:0000042").
/// </summary>
/// <remarks>
/// The service keeps amounts as non-null fen with min ≤ max; the generator also makes projects
/// with no amount (stored 0–0, as a town that leaves both fields empty would) and with only a
/// minimum (stored min–min).
/// </remarks>
internal static class SyntheticDataLoader
{
    public const string SyntheticPrefix = "synthetic:";

    private static readonly string[] Columns =
    [
        "id", "town_id", "title", "title_en", "description", "description_en", "industry_code", "amount_min_fen", "amount_max_fen",
        "cooperation_modes", "status", "created_at", "updated_at", "published_at",
    ];

    /// <summary>The towns as the service registered them, by name.</summary>
    public static async Task<Dictionary<string, Guid>> TownIdsAsync(BenchDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT name, id FROM towns", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var towns = new Dictionary<string, Guid>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            towns[reader.GetString(0)] = reader.GetGuid(1);
        }

        return towns;
    }

    public static async Task<int> CopyProjectsAsync(BenchDatabase database, IReadOnlyList<SearchDocument> projects, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var defaulted = await DefaultNewArrayColumnsAsync(connection, cancellationToken);
        ulong written;
        await using (var writer = await connection.BeginBinaryImportAsync(
            $"COPY projects ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < projects.Count; i++)
            {
                var project = projects[i];
                var (min, max) = (project.AmountMinFen ?? 0, project.AmountMaxFen ?? project.AmountMinFen ?? 0);
                var at = project.PublishedAt.ToUniversalTime();
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(project.Id, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(project.TownId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(project.Title, NpgsqlDbType.Varchar, cancellationToken);
                await WriteTextAsync(writer, project.TitleEn, cancellationToken);
                await writer.WriteAsync(project.Text, NpgsqlDbType.Varchar, cancellationToken);
                await WriteTextAsync(writer, project.TextEn, cancellationToken);
                await writer.WriteAsync(project.Industry ?? "C", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(min, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(max, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(project.CooperationModes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(EnumNames.Status(project.Status), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            written = await writer.CompleteAsync(cancellationToken);
        }

        await LabelAsync(connection, projects, cancellationToken);

        foreach (var column in defaulted)
        {
            await ExecuteAsync(connection, $"ALTER TABLE projects ALTER COLUMN \"{column}\" DROP DEFAULT", cancellationToken);
        }

        await ExecuteAsync(connection, "ANALYZE towns; ANALYZE projects", cancellationToken);
        return (int)written;
    }

    /// <summary>Each project's "created" history entry names the generator as its actor, as a town's names the town's user.</summary>
    private static async Task LabelAsync(NpgsqlConnection connection, IReadOnlyList<SearchDocument> projects, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY project_history (project_id, at, actor, action, to_status) FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (var i = 0; i < projects.Count; i++)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(projects[i].Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(projects[i].PublishedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(SyntheticPrefix + i.ToString("D7", CultureInfo.InvariantCulture), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync("created", NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync("draft", NpgsqlDbType.Varchar, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    public static async Task<long> CountAsync(BenchDatabase database, string table, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// A required list column added to projects after this loader was written gets an empty
    /// list for the load (what a project that never set it has); any other new required
    /// column stops the run with its name, rather than load rows the service cannot read.
    /// </summary>
    private static async Task<List<string>> DefaultNewArrayColumnsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'projects' "
            + "AND is_nullable = 'NO' AND column_default IS NULL AND is_generated = 'NEVER' AND column_name <> ALL(@known)",
            connection);
        command.Parameters.AddWithValue("known", Columns);
        var columns = new List<(string Name, string Type)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var unknown = columns.Where(c => c.Type != "ARRAY").ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"projects has new required columns the benchmark does not fill: {string.Join(", ", unknown.Select(c => $"{c.Name} ({c.Type})"))}; "
                + "teach bench/SpecialtyTowns.Bench.Search/Setup/SyntheticDataLoader.cs about them");
        }

        foreach (var (name, _) in columns)
        {
            await ExecuteAsync(connection, $"ALTER TABLE projects ALTER COLUMN \"{name}\" SET DEFAULT '{{}}'", cancellationToken);
        }

        return columns.Select(c => c.Name).ToList();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);
}
