using System.Text.Json;

namespace SpecialtyTowns.Bench.Search.Reporting;

/// <summary>
/// Reads the servers' JSON logs for Redis and RabbitMQ failures during the measured phases.
/// The infrastructure is shared with other engineers, whose tests stop and start it; a run
/// that overlapped such an outage says so instead of passing its figures off as normal.
/// </summary>
internal static class IncidentScanner
{
    private static readonly string[] Dependencies = ["Redis", "RabbitMQ"];

    public static IReadOnlyList<InfrastructureIncident> Scan(
        IReadOnlyDictionary<string, string> logs, IReadOnlyList<(string Name, DateTimeOffset Start, DateTimeOffset End)> phases)
    {
        var from = phases.Min(p => p.Start);
        var to = phases.Max(p => p.End);
        var incidents = new List<InfrastructureIncident>();
        foreach (var (server, path) in logs)
        {
            var lines = File.Exists(path) ? Read(path).Where(l => l.At >= from && l.At <= to).ToList() : [];
            foreach (var dependency in Dependencies)
            {
                var hits = lines.Where(l => l.Text.Contains(dependency, StringComparison.OrdinalIgnoreCase)).ToList();
                if (hits.Count == 0)
                {
                    continue;
                }

                var (first, last) = (hits.Min(h => h.At), hits.Max(h => h.At));
                var overlapped = phases.Where(p => p.Start <= last && p.End >= first).Select(p => p.Name).Distinct().ToList();
                incidents.Add(new InfrastructureIncident(server, dependency, hits.Count, first, last, overlapped));
            }
        }

        return incidents;
    }

    private static IEnumerable<(DateTimeOffset At, string Text)> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException)
            {
                continue;
            }

            using (json)
            {
                var root = json.RootElement;
                var level = root.TryGetProperty("LogLevel", out var l) ? l.GetString() : null;
                if (level is not ("Warning" or "Error" or "Critical") || !root.TryGetProperty("Timestamp", out var t) || !t.TryGetDateTimeOffset(out var at))
                {
                    continue;
                }

                var text = string.Join(' ', new[] { "Category", "Message", "Exception" }
                    .Select(name => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null));
                yield return (at, text);
            }
        }
    }
}
