using Google.OrTools.Sat;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// The LP's dual prices as a certificate: <paramref name="Value"/> = L(y) bounds every schedule's weight, and the reduced
/// costs r = c - A^T y say what a variable's value costs against it. For any schedule x, weight(x) &lt;= L(y) minus |r_j|
/// for every variable j at its unfavourable value (x_j = 1 with r_j &lt; 0, or x_j = 0 with r_j &gt; 0). So a schedule of
/// weight at least T cannot have such a variable when |r_j| &gt; L(y) - T: those variables are fixed (reduced-cost fixing),
/// which leaves CP-SAT a small model when the gap to the bound is small, and proves optimality when that model is infeasible.
/// </summary>
/// <param name="ReducedCosts">Indexed like the variables of the whole <see cref="CpSatModel"/> of the problem.</param>
internal sealed record LagrangianBound(double Value, double[] ReducedCosts)
{
    /// <summary>Floating-point margin: fix only what the prices exclude by more than rounding could explain.</summary>
    private const double Margin = 1e-6;

    /// <summary>The LP's (fractional) solution, indexed like <see cref="ReducedCosts"/>.</summary>
    public double[] Primal { get; init; } = [];

    public long Bound => (long)Math.Floor(Value * (1 + 1e-9) + 1e-6);

    /// <summary>Fixes the variables no schedule of weight at least <paramref name="target"/> can have otherwise; returns how many.</summary>
    public int Fix(CpModelProto model, long target)
    {
        var slack = Value - target + Margin * (1 + Math.Abs(Value));
        var count = 0;
        for (var j = 0; j < ReducedCosts.Length && j < model.Variables.Count; j++)
        {
            var r = ReducedCosts[j];
            if (Math.Abs(r) <= slack)
            {
                continue;
            }

            var domain = model.Variables[j].Domain;
            var value = r < 0 ? domain[0] : domain[^1];
            domain.Clear();
            domain.Add(value);
            domain.Add(value);
            count++;
        }

        return count;
    }

    /// <summary>How many variables <see cref="Fix"/> would fix for this target.</summary>
    public int CountFixed(long target)
    {
        var slack = Value - target + Margin * (1 + Math.Abs(Value));
        return ReducedCosts.Count(r => Math.Abs(r) > slack);
    }
}
