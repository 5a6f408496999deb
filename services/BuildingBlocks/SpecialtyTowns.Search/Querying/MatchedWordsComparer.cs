using Lucene.Net.Index;
using Lucene.Net.Search;
using BoxedInt = J2N.Numerics.Int32;

namespace SpecialtyTowns.Search.Querying;

/// <summary>
/// Orders hits by how many of the query's words each matches, most first. Each word's scorer walks the segment
/// alongside the collector (documents arrive in order), so a count costs an advance per word.
/// </summary>
/// <param name="words">One normalized weight per query word.</param>
/// <param name="slots">The collector's queue size.</param>
internal sealed class MatchedWordsComparer(IReadOnlyList<Weight> words, int slots) : FieldComparer<BoxedInt>
{
    private readonly int[] _counts = new int[slots];
    private Scorer?[] _scorers = [];
    private int _bottom;
    private int _top;
    private int _doc = -1;
    private int _count;

    public override BoxedInt this[int slot] => BoxedInt.GetInstance(_counts[slot]);

    public override int Compare(int slot1, int slot2) => _counts[slot2].CompareTo(_counts[slot1]);

    public override void SetBottom(int slot) => _bottom = _counts[slot];

    public override void SetTopValue(BoxedInt value) => _top = value.ToInt32();

    public override int CompareBottom(int doc) => Count(doc).CompareTo(_bottom);

    public override int CompareTop(int doc) => Count(doc).CompareTo(_top);

    public override void Copy(int slot, int doc) => _counts[slot] = Count(doc);

    public override int CompareValues(BoxedInt first, BoxedInt second) => second.CompareTo(first);

    public override FieldComparer SetNextReader(AtomicReaderContext context)
    {
        _scorers = [.. words.Select(w => w.GetScorer(context, context.AtomicReader.LiveDocs))];
        _doc = -1;
        return this;
    }

    private int Count(int doc)
    {
        if (doc == _doc)
        {
            return _count;
        }

        var count = 0;
        foreach (var scorer in _scorers)
        {
            if (scorer is null)
            {
                continue;
            }

            if (scorer.DocID < doc)
            {
                scorer.Advance(doc);
            }

            if (scorer.DocID == doc)
            {
                count++;
            }
        }

        (_doc, _count) = (doc, count);
        return count;
    }
}
