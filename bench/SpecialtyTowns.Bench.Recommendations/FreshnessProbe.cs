using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Npgsql;
using SpecialtyTowns.Bench.Enterprises;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Bench.Recommendations;

/// <summary>
/// Each round plants an organisation that wants only an industry no synthetic project has (T) and a keyword of its
/// own, waits until its list answers, then publishes a project of that industry and keyword on RabbitMQ exactly as
/// Towns would, and times how long until the project heads the organisation's list through the gateway: the path
/// of the broker, Leads' inbox consumer, the match_changes feed and the index's refresh.
/// </summary>
internal sealed class FreshnessProbe(HttpClient http, string leadsConnection, string virtualHost, Guid townId)
{
    public sealed record Result(int Rounds, int Missed, double P50, double Max);

    public async Task<Result> MeasureAsync(int rounds, CancellationToken cancellationToken)
    {
        var rabbit = new Uri(BenchInfrastructure.RabbitMq(virtualHost));
        var bus = Bus.Factory.CreateUsingRabbitMq(configure => configure.Host(rabbit.Host, (ushort)rabbit.Port, virtualHost, host =>
        {
            host.Username("specialtytowns");
            host.Password("specialtytowns");
        }));
        await bus.StartAsync(cancellationToken);
        try
        {
            var times = new List<double>();
            var missed = 0;
            for (var round = 0; round < rounds; round++)
            {
                var probe = $"freshprobe{round}x{Random.Shared.Next(100_000)}";
                var organisation = await PlantOrganisationAsync(probe, cancellationToken);
                var path = new Uri($"/api/v1/recommendations/projects?organisationId={organisation}&limit=5", UriKind.Relative);
                await FirstItemAsync(path, _ => true, TimeSpan.FromSeconds(10), cancellationToken);
                var project = Guid.NewGuid();
                var clock = Stopwatch.StartNew();
                await bus.Publish(new ProjectPublished(project, townId, $"{probe} 合成新项目（SYNTHETIC）", "published", "T", 100_000_000_00L, 300_000_000_00L, DateTimeOffset.UtcNow), cancellationToken);
                if (await FirstItemAsync(path, id => id == project, TimeSpan.FromSeconds(10), cancellationToken))
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
                else
                {
                    missed++;
                }
            }

            times.Sort();
            return new Result(rounds, missed, times.Count == 0 ? double.NaN : times[times.Count / 2], times.Count == 0 ? double.NaN : times[^1]);
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
    }

    private async Task<Guid> PlantOrganisationAsync(string probe, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(leadsConnection);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO investor_organisations (id, normalised_name, claimed, created_at, updated_at, version, name, type, industries_sought, chain_positions_sought,
                ticket_min_fen, ticket_max_fen, cooperation_modes, preferred_regions, languages, keywords, consent_to_contact)
            VALUES ($1, $2, true, now(), now(), 1, $2, 'Company', ARRAY['T'], ARRAY[]::text[], 5000000000, 50000000000, ARRAY['equity'], ARRAY[]::text[], ARRAY['zh'], ARRAY[$3], true)
            """,
            connection)
        {
            Parameters = { new() { Value = id }, new() { Value = "新鲜度探针（SYNTHETIC）" + probe }, new() { Value = probe } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
        return id;
    }

    /// <summary>Polls the list until its first item satisfies <paramref name="wanted"/> (any answer with items, for "true").</summary>
    private async Task<bool> FirstItemAsync(Uri path, Func<Guid, bool> wanted, TimeSpan within, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            using var response = await http.GetAsync(path, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                var items = body.RootElement.GetProperty("items");
                if (items.GetArrayLength() > 0 && wanted(items[0].GetProperty("id").GetGuid()))
                {
                    return true;
                }

                if (items.GetArrayLength() == 0 && wanted(Guid.Empty))
                {
                    return true;
                }
            }

            await Task.Delay(20, cancellationToken);
        }

        return false;
    }
}
