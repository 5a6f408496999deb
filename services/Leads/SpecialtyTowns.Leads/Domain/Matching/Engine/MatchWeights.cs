namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>One side's weights as a vector in feature order, and their sum (the one-way score's denominator).</summary>
public sealed class MatchWeights
{
    public MatchWeights(IReadOnlyDictionary<string, double> byFeature)
    {
        Values = new double[FeatureIndex.Count];
        for (var f = 0; f < FeatureIndex.Count; f++)
        {
            Values[f] = Math.Max(0, byFeature.GetValueOrDefault(MatchFeatures.All[f]));
        }

        Sum = Values.Sum();
    }

    public double[] Values { get; }

    public double Sum { get; }

    /// <summary>Σ w_f x_f / Σ w_f; 0 when the side weighs nothing.</summary>
    public double OneWay(ReadOnlySpan<double> x)
    {
        if (Sum <= 0)
        {
            return 0;
        }

        double s = 0;
        for (var f = 0; f < FeatureIndex.Count; f++)
        {
            s += Values[f] * x[f];
        }

        return s / Sum;
    }
}
