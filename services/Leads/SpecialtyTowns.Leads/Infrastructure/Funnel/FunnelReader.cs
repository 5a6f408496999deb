using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SpecialtyTowns.Leads.Application.Funnel;
using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Infrastructure.Funnel;

/// <summary>
/// Reads a scope's funnel in one round trip: the maintained summary (migration FunnelSummary) grouped once,
/// the year's deals, those overdue to start, and the targets. Null towns: the whole province.
/// </summary>
public sealed class FunnelReader(LeadsDbContext db)
{
    public async Task<FunnelCounts> ReadAsync(IReadOnlyList<Guid>? towns, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var scope = towns is null ? "TRUE" : "town_id = ANY($1)";
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var batch = new NpgsqlBatch(connection);
            Add(batch, towns, $"SELECT figure, stage, detail, sum(leads)::bigint, sum(amount_fen)::bigint FROM funnel_summary WHERE {scope} GROUP BY figure, stage, detail");
            Add(batch, towns, $"""
                SELECT count(*), coalesce(sum(amount_fen), 0)::bigint, count(construction_started_on), coalesce(sum(funds_arrived_fen), 0)::bigint,
                    (SELECT count(*) FROM deals WHERE terminated_at IS NULL AND construction_started_on IS NULL AND planned_start_on < $2 AND {scope}),
                    (SELECT coalesce(sum(signed_amount_fen), 0)::bigint FROM town_targets WHERE year = $3 AND {scope})
                FROM deals WHERE terminated_at IS NULL AND signed_on >= $4 AND signed_on < $5 AND {scope}
                """, today, year, new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            var current = new Dictionary<LeadStage, (long, long)>();
            var reached = new Dictionary<LeadStage, long>();
            var days = new Dictionary<LeadStage, Dictionary<long, long>>();
            var lost = new Dictionary<string, long>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                var stage = Enum.Parse<LeadStage>(reader.GetString(1));
                var leads = reader.GetInt64(3);
                switch (reader.GetString(0))
                {
                    case "current":
                        current[stage] = (leads, reader.GetInt64(4));
                        break;
                    case "reached":
                        reached[stage] = leads;
                        break;
                    case "days":
                        (days.TryGetValue(stage, out var histogram) ? histogram : days[stage] = [])[long.Parse(reader.GetString(2), CultureInfo.InvariantCulture)] = leads;
                        break;
                    case "lost":
                        lost[reader.GetString(2)] = leads;
                        break;
                    default:
                        break;
                }
            }

            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var deals = new DealCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
            return new FunnelCounts(current, reached, days, lost, deals, reader.GetInt64(5));
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static void Add(NpgsqlBatch batch, IReadOnlyList<Guid>? towns, string sql, params object[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        // $1 is always the towns, so both statements number their own parameters from $2.
        command.Parameters.Add(new NpgsqlParameter { Value = towns?.ToArray() ?? [] });
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        batch.BatchCommands.Add(command);
    }
}
