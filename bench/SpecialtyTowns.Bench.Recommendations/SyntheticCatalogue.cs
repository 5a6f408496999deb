using Npgsql;
using NpgsqlTypes;

namespace SpecialtyTowns.Bench.Recommendations;

/// <summary>
/// Copies SYNTHETIC towns, investor organisations and published projects into a migrated, empty Leads database with
/// binary COPY (the match_changes triggers off: the index is built from the tables when Leads starts). Each
/// organisation seeks one to three industries, a ticket range, regions, modes, languages and keywords drawn from the
/// same vocabularies the projects use, so lists have real competition.
/// </summary>
internal static class SyntheticCatalogue
{
    private static readonly string[] Cities = ["太原市", "大同市", "阳泉市", "长治市", "晋城市", "朔州市", "晋中市", "运城市", "忻州市", "临汾市", "吕梁市"];

    private static readonly string[] Industries = ["C13", "C14", "C15", "C17", "C26", "C27", "C30", "C31", "C33", "C34", "C35", "C36", "C38", "C39", "D44", "D45", "A01", "A03"];

    private static readonly string[] Modes = ["equity", "joint-venture", "sole-ownership", "lease", "epc", "ppp", "cooperation", "technology-licensing"];

    private static readonly string[] Terms = ["法兰", "锻造", "铸造", "玻璃", "陶瓷", "药材", "制药", "风电", "氢能", "储能", "光伏", "汽车", "零部件", "纺织", "食品", "杂粮", "醋", "酒", "煤化工", "新材料", "机械", "阀门", "管件", "物流", "冷链", "电子", "芯片", "医疗器械", "包装", "农机"];

    public sealed record Catalogue(IReadOnlyList<Guid> Towns, IReadOnlyList<Guid> Organisations);

    public static async Task<Catalogue> LoadAsync(string connectionString, int towns, int organisations, int projects, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "SET session_replication_role = replica", cancellationToken);
        var random = new Random(14);
        var at = DateTimeOffset.UtcNow.AddDays(-30);
        var townIds = Enumerable.Range(0, towns).Select(_ => Guid.NewGuid()).ToList();
        await using (var writer = await connection.BeginBinaryImportAsync("COPY town_directory (town_id, name, main_industry, category, city, registered_at, received_at, profile_as_of) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < towns; i++)
            {
                await writer.WriteRowAsync(cancellationToken, townIds[i], $"合成镇{i:000}（SYNTHETIC）", Terms[i % Terms.Length], "advanced-manufacturing", Cities[i % Cities.Length], at, at, at);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        var organisationIds = new List<Guid>(organisations);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY investor_organisations (id, normalised_name, claimed, created_at, updated_at, version, name, type, industries_sought, chain_positions_sought, ticket_min_fen, ticket_max_fen, cooperation_modes, preferred_regions, languages, keywords, description, consent_to_contact) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var i = 0; i < organisations; i++)
            {
                var id = Guid.NewGuid();
                organisationIds.Add(id);
                var ticketMin = random.Next(1, 200) * 1_000_000_00L;
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync($"合成投资机构{i:00000}（synthetic）", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync($"合成投资机构{i:00000}（SYNTHETIC）", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(i % 4 == 0 ? "Fund" : "Company", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(Sample(random, Industries, 1, 3), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(Sample(random, ["upstream", "midstream", "downstream"], 0, 2), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(ticketMin, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(ticketMin * random.Next(2, 10), NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(Sample(random, Modes, 1, 3), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(Sample(random, Cities, 0, 3), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(random.Next(5) == 0 ? new[] { "en" } : new[] { "zh" }, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(Sample(random, Terms, 1, 4), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(string.Join('、', Sample(random, Terms, 2, 5)) + "方向的合成投资机构（SYNTHETIC）", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(random.Next(10) != 0, NpgsqlDbType.Boolean, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY project_directory (project_id, town_id, title, status, industry_code, amount_min_fen, amount_max_fen, as_of, title_en, description, cooperation_modes, land_area_square_metres, has_content) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var i = 0; i < projects; i++)
            {
                var amountMin = random.Next(1, 500) * 1_000_000_00L;
                var terms = Sample(random, Terms, 2, 4);
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(townIds[random.Next(towns)], NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync($"{terms[0]}{terms[1]}合成项目{i}（SYNTHETIC）", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync("published", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(Industries[random.Next(Industries.Length)], NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(amountMin, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(amountMin * random.Next(1, 4), NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync($"Synthetic project {i} (SYNTHETIC)", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(string.Join('、', terms) + "合成项目说明（SYNTHETIC）", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(Sample(random, Modes, 1, 3), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync((decimal)random.Next(0, 200_000), NpgsqlDbType.Numeric, cancellationToken);
                await writer.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync(connection, "SET session_replication_role = origin; ANALYZE", cancellationToken);
        return new Catalogue(townIds, organisationIds);
    }

    private static string[] Sample(Random random, string[] from, int min, int max) =>
        [.. from.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1))];

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 1200 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
