extern alias leads;

using Microsoft.Extensions.DependencyInjection;
using RecomputeMatches = leads::SpecialtyTowns.Leads.Infrastructure.Matching.RecomputeMatches;

namespace SpecialtyTowns.Leads.ServiceTests;

[Collection(LeadsCollection.Name)]
public sealed class RecomputeMatchesTests(LeadsHost host)
{
    private readonly LeadsData _data = new(host);

    [Fact]
    public async Task RunAsync_WhenChecked_RebuildsWithProgressAndFindsTheIncrementalIndexEqual()
    {
        var townId = await _data.KnownTownAsync();
        await _data.ProjectAsync(townId);
        await _data.InvestorAsync();
        await using var scope = host.Server.Services.CreateAsyncScope();
        var output = new StringWriter();

        var exitCode = await scope.ServiceProvider.GetRequiredService<RecomputeMatches>().RunAsync(check: true, output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Contains("loaded", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("changes applied", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("check: incremental index equals the recomputed one", output.ToString(), StringComparison.Ordinal);
    }
}
