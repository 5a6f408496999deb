namespace SpecialtyTowns.Bench.Search.Reporting;

/// <summary>
/// Puts one "## " section into a shared markdown file: replaces the section with the same
/// heading (up to the next "## " heading) or appends it; the other sections stay as they are.
/// </summary>
internal static class PerformanceDoc
{
    public static async Task WriteSectionAsync(string path, string heading, string section, CancellationToken cancellationToken)
    {
        var existing = File.Exists(path)
            ? (await File.ReadAllTextAsync(path, cancellationToken)).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList()
            : ["# Performance", "", "Benchmarks of SpecialtyTowns, each in its own section with the command that produced it.", ""];
        var body = section.TrimEnd('\n').Split('\n');
        var start = existing.FindIndex(l => l.TrimEnd() == heading);
        if (start < 0)
        {
            while (existing.Count > 0 && existing[^1].Length == 0)
            {
                existing.RemoveAt(existing.Count - 1);
            }

            existing.Add("");
            existing.AddRange(body);
        }
        else
        {
            var end = existing.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            var count = (end < 0 ? existing.Count : end) - start;
            existing.RemoveRange(start, count);
            existing.InsertRange(start, end < 0 ? body : [.. body, ""]);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, string.Join('\n', existing).TrimEnd('\n') + "\n", cancellationToken);
    }
}
