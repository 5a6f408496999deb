namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>The best k items by score, ties broken by the smaller id (a min-heap on the worst kept).</summary>
public sealed class TopK<T>(int k)
{
    private readonly PriorityQueue<T, (double Score, Guid Id)> _heap = new(k + 1, Comparer<(double Score, Guid Id)>.Create(Worse));

    /// <summary>Whether an item with this score and id would be kept (cheap test before any costly check).</summary>
    public bool Accepts(double score, Guid id) =>
        _heap.Count < k || (_heap.TryPeek(out _, out var worst) && Worse(worst, (score, id)) < 0);

    public void Add(double score, Guid id, T item)
    {
        _heap.Enqueue(item, (score, id));
        if (_heap.Count > k)
        {
            _heap.Dequeue();
        }
    }

    /// <summary>Best first.</summary>
    public List<T> Ranked()
    {
        var items = new List<(T Item, (double Score, Guid Id) Key)>(_heap.UnorderedItems);
        items.Sort((a, b) => Worse(b.Key, a.Key));
        return items.Select(i => i.Item).ToList();
    }

    /// <summary>Negative when <paramref name="a"/> ranks below <paramref name="b"/>.</summary>
    private static int Worse((double Score, Guid Id) a, (double Score, Guid Id) b)
    {
        var byScore = a.Score.CompareTo(b.Score);
        return byScore != 0 ? byScore : b.Id.CompareTo(a.Id);
    }
}
