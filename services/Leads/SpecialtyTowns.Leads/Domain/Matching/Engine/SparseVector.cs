namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>An L2-normalised TF-IDF vector: term ids ascending, with their weights.</summary>
public sealed class SparseVector(int[] terms, float[] weights)
{
    public static readonly SparseVector Empty = new([], []);

    public int[] Terms { get; } = terms;

    public float[] Weights { get; } = weights;

    public bool IsEmpty => Terms.Length == 0;

    /// <summary>The cosine of two normalised vectors (a merge of the sorted term ids).</summary>
    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        var a = Terms;
        var b = other.Terms;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                sum += (double)Weights[i] * other.Weights[j];
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>The shared terms, largest product first.</summary>
    public IEnumerable<int> SharedTerms(SparseVector other)
    {
        var shared = new List<(int Term, double Product)>();
        int i = 0, j = 0;
        while (i < Terms.Length && j < other.Terms.Length)
        {
            if (Terms[i] == other.Terms[j])
            {
                shared.Add((Terms[i], (double)Weights[i] * other.Weights[j]));
                i++;
                j++;
            }
            else if (Terms[i] < other.Terms[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared.OrderByDescending(s => s.Product).ThenBy(s => s.Term).Select(s => s.Term);
    }

    public bool Contains(int term) => Array.BinarySearch(Terms, term) >= 0;
}
