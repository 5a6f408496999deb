using SpecialtyTowns.Bench.Data;

namespace SpecialtyTowns.Bench.Enterprises;

/// <summary>The measured requests: enterprise and gap searches in Chinese and English, some with filters, fillers of open gaps and gap matches of enterprises.</summary>
internal static class BenchQueries
{
    public static IReadOnlyList<string> Searches(int seed)
    {
        var random = new Random(seed);
        var paths = new List<string>();
        foreach (var industry in SyntheticIndustries.All)
        {
            foreach (var (zh, en) in industry.Products)
            {
                paths.Add($"/api/v1/enterprises?q={Uri.EscapeDataString(zh)}");
                paths.Add($"/api/v1/enterprises?q={Uri.EscapeDataString(en)}&industry={industry.Code}");
                paths.Add($"/api/v1/chain-gaps?q={Uri.EscapeDataString(zh)}");
                paths.Add($"/api/v1/chain-gaps?q={Uri.EscapeDataString(en)}");
                paths.Add($"/api/v1/enterprises?q={Uri.EscapeDataString(zh + " " + industry.Certifications[0])}&leading=true");
                paths.Add($"/api/v1/chain-gaps?q={Uri.EscapeDataString(en + " supply")}&page=2");
            }
        }

        return [.. paths.OrderBy(_ => random.Next())];
    }

    public static IReadOnlyList<string> Fillers(IReadOnlyList<Guid> openGaps) => [.. openGaps.Select(id => $"/api/v1/chain-gaps/{id}/fillers")];

    public static IReadOnlyList<string> GapMatches(IReadOnlyList<Guid> enterprises) => [.. enterprises.Select(id => $"/api/v1/enterprises/{id}/gap-matches")];
}
