using System.Runtime.CompilerServices;
using SpecialtyTowns.Search.Hosting;
using SpecialtyTowns.Search.UnitTests.TestData;

namespace SpecialtyTowns.Search.UnitTests.Hosting;

/// <summary>Stands in for a service's database: the articles it "holds" are <see cref="Stored"/>.</summary>
public sealed class ListLoader : ISearchDocumentLoader<Article>
{
    public static readonly IReadOnlyList<Article> Stored = [Articles.Make("one", "光伏电站"), Articles.Make("two", "风电项目")];

    public async IAsyncEnumerable<Article> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var article in Stored)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return article;
        }
    }
}
