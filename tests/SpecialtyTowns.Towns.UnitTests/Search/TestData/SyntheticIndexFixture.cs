using SpecialtyTowns.Bench.Data;
using SpecialtyTowns.Search;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search.TestData;

/// <summary>The real towns plus 5,000 synthetic projects over them. Tests using it only read.</summary>
public sealed class SyntheticIndexFixture : IDisposable
{
    public const int ProjectCount = 5_000;

    public SyntheticIndexFixture()
    {
        Documents = [.. SeedData.Towns, .. SyntheticProjectGenerator.Generate(SeedData.Towns, ProjectCount)];
        Index = TestIndexes.InMemory();
        Index.Rebuild(Documents);
    }

    public IReadOnlyList<SearchDocument> Documents { get; }

    public SearchIndex<SearchDocument> Index { get; }

    public void Dispose() => Index.Dispose();
}
