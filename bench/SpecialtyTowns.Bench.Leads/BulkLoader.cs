using Npgsql;
using NpgsqlTypes;

namespace SpecialtyTowns.Bench.Leads;

/// <summary>
/// Copies SYNTHETIC towns, leads, their stage history (skips and losses included) and deals into a migrated, empty
/// Leads database with binary COPY, the funnel triggers off, then rebuilds the funnel summary once, as a backfill would.
/// </summary>
internal static class BulkLoader
{
    private static readonly string[] Stages = ["Lead", "Contacted", "SiteVisit", "Negotiating", "Signed", "Registered", "ConstructionStarted", "InProduction"];

    // How far leads get (per mille): most stay early, as in any funnel.
    private static readonly int[] Furthest = [300, 250, 150, 100, 60, 50, 50, 40];

    private static readonly string[] Cities = ["太原市", "大同市", "阳泉市", "长治市", "晋城市", "朔州市", "晋中市", "运城市", "忻州市", "临汾市", "吕梁市"];

    private static readonly string[] Reasons = ["price", "land", "policy", "competitor", "no-reply"];

    public static async Task<IReadOnlyList<Guid>> LoadAsync(string connectionString, int towns, int leads, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "ALTER TABLE leads DISABLE TRIGGER trg_leads_funnel; ALTER TABLE lead_stage_changes DISABLE TRIGGER trg_lead_stage_changes_funnel", cancellationToken);
        var random = new Random(13);
        var townIds = Enumerable.Range(0, towns).Select(_ => Guid.NewGuid()).ToList();
        await using (var writer = await connection.BeginBinaryImportAsync("COPY town_directory (town_id, name, main_industry, category, city, registered_at, received_at, profile_as_of) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < towns; i++)
            {
                var at = DateTimeOffset.UtcNow.AddYears(-1);
                await writer.WriteRowAsync(cancellationToken, townIds[i], $"合成镇{i:000}（SYNTHETIC）", "合成产业", "advanced-manufacturing", Cities[i % Cities.Length], at, at, at);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var leadWriter = await connection.BeginBinaryImportAsync("COPY leads (id, organisation_id, town_id, source, stage, stage_entered_at, message, expected_amount_fen, lost_reason, lost_from, created_at, updated_at, version) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            var history = new List<(Guid Lead, int Sequence, string? From, string To, DateTimeOffset At)>();
            var deals = new List<(Guid Lead, Guid Town, long Amount, DateOnly SignedOn, bool Started, bool Terminated)>();
            for (var i = 0; i < leads; i++)
            {
                var id = Guid.NewGuid();
                var town = townIds[random.Next(towns)];
                var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 60 * 24 * 1000));
                var created = at;
                var furthest = Pick(random);
                string? stage = "Lead", from = null;
                var sequence = 1;
                history.Add((id, sequence, null, "Lead", at));
                for (var rank = 1; rank <= furthest; rank++)
                {
                    at = at.AddMinutes(random.Next(60, 60 * 24 * 40));
                    history.Add((id, ++sequence, stage, Stages[rank], at));
                    stage = Stages[rank];
                }

                var lost = random.Next(5) == 0;
                if (lost)
                {
                    (from, at) = (stage, at.AddMinutes(random.Next(60, 60 * 24 * 30)));
                    history.Add((id, ++sequence, stage, "Lost", at));
                    stage = "Lost";
                }

                long? amount = furthest >= 4 ? random.Next(10, 50_000) * 1_000_000L : random.Next(3) == 0 ? null : random.Next(10, 50_000) * 1_000_000L;
                if (furthest >= 4)
                {
                    deals.Add((id, town, amount!.Value, DateOnly.FromDateTime(history[^(1 + (lost ? 1 : 0) + furthest - 4)].At.UtcDateTime), furthest >= 6, lost));
                }

                await leadWriter.WriteRowAsync(cancellationToken, id, Guid.NewGuid(), town, "Inbound", stage!, at, "SYNTHETIC", (object?)amount ?? DBNull.Value,
                    lost ? Reasons[random.Next(Reasons.Length)] : DBNull.Value, (object?)from ?? DBNull.Value, created, at, sequence);
            }

            await leadWriter.CompleteAsync(cancellationToken);
            await leadWriter.DisposeAsync();
            await CopyHistoryAsync(connection, history, cancellationToken);
            await CopyDealsAsync(connection, deals, random, cancellationToken);
        }

        await ExecuteAsync(connection, "ALTER TABLE leads ENABLE TRIGGER trg_leads_funnel; ALTER TABLE lead_stage_changes ENABLE TRIGGER trg_lead_stage_changes_funnel; SELECT funnel_summary_rebuild(); ANALYZE", cancellationToken);
        return townIds;
    }

    private static int Pick(Random random)
    {
        var roll = random.Next(1000);
        for (var rank = 0; rank < Furthest.Length; rank++)
        {
            roll -= Furthest[rank];
            if (roll < 0)
            {
                return rank;
            }
        }

        return 0;
    }

    private static async Task CopyHistoryAsync(NpgsqlConnection connection, List<(Guid Lead, int Sequence, string? From, string To, DateTimeOffset At)> history, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync("COPY lead_stage_changes (lead_id, sequence, from_stage, to_stage, actor, at) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (lead, sequence, from, to, at) in history)
        {
            await writer.WriteRowAsync(cancellationToken, lead, sequence, (object?)from ?? DBNull.Value, to, "bench", at);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyDealsAsync(NpgsqlConnection connection, List<(Guid Lead, Guid Town, long Amount, DateOnly SignedOn, bool Started, bool Terminated)> deals, Random random, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync("COPY deals (id, lead_id, town_id, organisation_id, amount_fen, signed_on, contract_reference, parties, planned_start_on, construction_started_on, terminated_at, funds_arrived_fen, created_at, version) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (lead, town, amount, signedOn, started, terminated) in deals)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(lead, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(town, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(amount, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(signedOn, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync("SYNTHETIC", NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(new[] { "SYNTHETIC" }, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(signedOn.AddDays(random.Next(0, 300)), NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync<DateOnly?>(started ? signedOn.AddDays(random.Next(30, 200)) : null, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync<DateTimeOffset?>(terminated ? DateTimeOffset.UtcNow : null, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(amount / random.Next(1, 5), NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 1200 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
