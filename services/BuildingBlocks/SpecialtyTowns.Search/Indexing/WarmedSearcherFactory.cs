using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SpecialtyTowns.Search.Facets;

namespace SpecialtyTowns.Search.Indexing;

/// <summary>
/// Makes the searchers of each refresh. They score with BM25 rather than Lucene 4's classic
/// TF-IDF: it saturates repeated terms, so a long fact list does not outrank a title that names
/// the thing (writer and searchers must agree on it). Before a new snapshot is published, the
/// facet ordinals of its new segments are loaded here, on the refreshing writer's thread, so
/// no search pays for a merge.
/// </summary>
internal sealed class WarmedSearcherFactory(FacetLayout layout) : SearcherFactory
{
    public static readonly Similarity Similarity = new BM25Similarity();

    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            layout.For(leaf.AtomicReader);
        }

        return new IndexSearcher(reader) { Similarity = Similarity };
    }
}
