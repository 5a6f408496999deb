using SpecialtyTowns.Search;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search.TestData;

/// <summary>An index of the 21 real towns. Tests using it only read.</summary>
public sealed class SeedIndexFixture : IDisposable
{
    public SeedIndexFixture()
    {
        Index = TestIndexes.InMemory();
        Index.Rebuild(SeedData.Towns);
    }

    public SearchIndex<SearchDocument> Index { get; }

    public void Dispose() => Index.Dispose();
}
