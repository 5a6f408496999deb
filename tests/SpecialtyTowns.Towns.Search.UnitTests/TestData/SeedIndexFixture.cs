namespace SpecialtyTowns.Towns.Search.UnitTests.TestData;

/// <summary>An index of the 21 real towns. Tests using it only read.</summary>
public sealed class SeedIndexFixture : IDisposable
{
    public SeedIndexFixture()
    {
        Index = SearchIndex.InMemory();
        Index.Rebuild(SeedData.Towns);
    }

    public SearchIndex Index { get; }

    public void Dispose() => Index.Dispose();
}
