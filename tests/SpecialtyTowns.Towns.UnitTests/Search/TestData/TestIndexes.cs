using SpecialtyTowns.Search;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search.TestData;

public static class TestIndexes
{
    /// <summary>An index laid out exactly as the service lays out its own.</summary>
    public static SearchIndex<SearchDocument> InMemory() => SearchIndex<SearchDocument>.InMemory(TownsSearchSchema.Instance);
}
