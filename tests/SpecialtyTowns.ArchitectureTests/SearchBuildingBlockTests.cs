using SpecialtyTowns.Search;

namespace SpecialtyTowns.ArchitectureTests;

public sealed class SearchBuildingBlockTests
{
    [Fact]
    public void SearchBuildingBlock_WhenCompiled_KnowsNoServiceOnlyOtherBuildingBlocks()
    {
        var referenced = ServiceAssemblies.ReferencedNamespaces(typeof(SearchIndex<>).Assembly);

        var services = referenced
            .Where(ns => ns.StartsWith("SpecialtyTowns.", StringComparison.Ordinal)
                && !ns.StartsWith("SpecialtyTowns.Search", StringComparison.Ordinal)
                && !ns.StartsWith("SpecialtyTowns.ServiceDefaults", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("Lucene.Net.Index", referenced);
        Assert.Empty(services);
    }
}
