using Npgsql;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Leads.ServiceTests.Funnel;

/// <summary>
/// Generates leads with their stage history and deals (skips, losses, reopenings, terminated deals), and writes
/// them with SQL as the service would: the lead inserted at 线索, its history appended, then the lead updated.
/// </summary>
public static class FunnelData
{
    public static readonly string[] Funnel = ["Lead", "Contacted", "SiteVisit", "Negotiating", "Signed", "Registered", "ConstructionStarted", "InProduction"];

    public static readonly string[] Reasons = ["price", "land", "policy"];

    public static List<GeneratedLead> Generate(Guid townId, int count, int seed)
    {
        var random = new Random(seed);
        var leads = new List<GeneratedLead>();
        for (var i = 0; i < count; i++)
        {
            var at = new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)).AddHours(random.Next(0, 24 * 500));
            var path = new List<(string, DateTimeOffset)> { ("Lead", at) };
            var rank = 0;
            var target = random.Next(0, Funnel.Length);
            while (rank < target)
            {
                // Sometimes a stage is skipped, as the transition table allows.
                rank = Math.Min(target, rank + (random.Next(5) == 0 ? 2 : 1));
                at = at.AddHours(random.Next(1, 24 * 60));
                path.Add((Funnel[rank], at));
            }

            string? reason = null, lostFrom = null;
            if (random.Next(4) == 0)
            {
                lostFrom = Funnel[rank];
                reason = Reasons[random.Next(Reasons.Length)];
                at = at.AddHours(random.Next(1, 24 * 30));
                path.Add(("Lost", at));
                if (random.Next(3) == 0)
                {
                    // Reopened where it was lost: no time counts in 流失, nothing new is reached.
                    at = at.AddHours(random.Next(1, 24 * 10));
                    path.Add((lostFrom, at));
                    (reason, lostFrom) = (null, null);
                }
            }

            long? amount = random.Next(3) == 0 ? null : random.Next(1, 50_000) * 10_000L;
            GeneratedDeal? deal = null;
            var signedAt = path.FindIndex(p => p.Item1 == "Signed");
            if (signedAt >= 0)
            {
                amount = random.Next(1, 90_000) * 100_000L;
                var signedOn = DateOnly.FromDateTime(path[signedAt].Item2.DateTime);
                var started = path.FindIndex(p => p.Item1 == "ConstructionStarted");
                deal = new GeneratedDeal(
                    Guid.NewGuid(),
                    amount.Value,
                    signedOn,
                    signedOn.AddDays(random.Next(0, 400)),
                    started >= 0 ? DateOnly.FromDateTime(path[started].Item2.DateTime) : null,
                    random.Next(3) == 0 ? 0 : amount.Value / random.Next(1, 5),
                    path[^1].Item1 == "Lost");
            }

            leads.Add(new GeneratedLead(Guid.NewGuid(), townId, path, amount, reason, lostFrom, deal));
        }

        return leads;
    }

    public static async Task WriteAsync(string database, IEnumerable<GeneratedLead> leads)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString(database));
        await connection.OpenAsync();
        foreach (var lead in leads)
        {
            await using var batch = new NpgsqlBatch(connection);
            var created = lead.Path[0].At;
            Add(batch, """
                INSERT INTO leads (id, organisation_id, town_id, source, stage, stage_entered_at, message, created_at, updated_at, version)
                VALUES ($1, $2, $3, 'Inbound', 'Lead', $4, 'generated', $4, $4, 1)
                """, lead.Id, Guid.NewGuid(), lead.TownId, created.ToUniversalTime());
            for (var i = 0; i < lead.Path.Count; i++)
            {
                Add(batch, "INSERT INTO lead_stage_changes (lead_id, sequence, from_stage, to_stage, actor, at) VALUES ($1, $2, $3, $4, 'test', $5)",
                    lead.Id, i + 1, i == 0 ? (object)DBNull.Value : lead.Path[i - 1].Stage, lead.Path[i].Stage, lead.Path[i].At.ToUniversalTime());
            }

            Add(batch, "UPDATE leads SET stage = $2, stage_entered_at = $3, expected_amount_fen = $4, lost_reason = $5, lost_from = $6, version = $7 WHERE id = $1",
                lead.Id, lead.Stage, lead.Path[^1].At.ToUniversalTime(), (object?)lead.ExpectedAmountFen ?? DBNull.Value, (object?)lead.LostReason ?? DBNull.Value, (object?)lead.LostFrom ?? DBNull.Value, lead.Path.Count);
            if (lead.Deal is { } deal)
            {
                Add(batch, """
                    INSERT INTO deals (id, lead_id, town_id, organisation_id, amount_fen, signed_on, contract_reference, parties, planned_start_on,
                        construction_started_on, terminated_at, funds_arrived_fen, created_at, version)
                    VALUES ($1, $2, $3, $4, $5, $6, 'HT-1', ARRAY['甲方'], $7, $8, $9, $10, now(), 1)
                    """, deal.Id, lead.Id, lead.TownId, Guid.NewGuid(), deal.AmountFen, deal.SignedOn, deal.PlannedStartOn,
                    (object?)deal.ConstructionStartedOn ?? DBNull.Value, deal.Terminated ? DateTimeOffset.UtcNow : (object)DBNull.Value, deal.FundsArrivedFen);
            }

            await batch.ExecuteNonQueryAsync();
        }
    }

    private static void Add(NpgsqlBatch batch, string sql, params object[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        batch.BatchCommands.Add(command);
    }
}
