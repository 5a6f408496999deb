using Lucene.Net.Search;

namespace SpecialtyTowns.Search.Querying;

/// <summary>The partial-match order: the number of query words matched (most first), then the query's own sort.</summary>
internal sealed class MatchedWordsSort(IReadOnlyList<Weight> words) : FieldComparerSource
{
    private const string Name = "matched_words";

    public static Sort Before(IndexSearcher searcher, IReadOnlyList<Query> words, Sort sort)
    {
        var weights = words.Select(searcher.CreateNormalizedWeight).ToList();
        return new Sort([new SortField(Name, new MatchedWordsSort(weights)), .. sort.GetSort()]);
    }

    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) =>
        new MatchedWordsComparer(words, numHits);
}
