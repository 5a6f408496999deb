using Google.OrTools.LinearSolver;
using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Validation;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// Upper bound on the scheduled weight from the LP relaxation of the same model CP-SAT solves: x[m,s] and z[i,s,l] in
/// [0,1] with the per-participant, per-slot table-level and per-language constraints. The bound is not the LP solver's
/// objective but the Lagrangian value of its dual prices, which is a valid bound for any prices; so an approximate
/// (PDLP) or time-limited solve still yields a proven bound, only a looser one.
/// </summary>
public static class LinearRelaxationBound
{
    /// <summary>Beyond this many variables the simplex (GLOP) gets slow and the first-order method (PDLP) is used.</summary>
    private const int SimplexLimit = 20_000;

    /// <summary>The bound, or null when the LP solver produced no dual prices within the time limit.</summary>
    public static long? Compute(Instance instance, TimeSpan timeLimit) =>
        Compute(InstanceValidator.Compile(instance), timeLimit);

    internal static long? Compute(Problem problem, TimeSpan timeLimit) => Solve(problem, timeLimit)?.Bound;

    /// <summary>The bound with the dual prices' reduced costs, or null when the LP solver produced no prices in time.</summary>
    internal static LagrangianBound? Solve(Problem problem, TimeSpan timeLimit)
    {
        var model = new CpSatModel(problem).Proto;
        using var solver = Solver.CreateSolver(model.Variables.Count <= SimplexLimit ? "GLOP" : "PDLP");
        if (solver is null)
        {
            return null;
        }

        solver.SetTimeLimit((long)Math.Max(1, timeLimit.TotalMilliseconds));
        var columns = model.Variables.Select(v => solver.MakeNumVar(v.Domain[0], v.Domain[^1], "")).ToArray();
        var rows = new List<(Constraint Row, double Lower, double Upper, int[] Vars, long[] Coefficients)>();
        foreach (var constraint in model.Constraints)
        {
            var amo = constraint.AtMostOne;
            int[] vars = amo is null ? [.. constraint.Linear.Vars] : [.. amo.Literals];
            long[] coefficients = amo is null ? [.. constraint.Linear.Coeffs] : [.. amo.Literals.Select(_ => 1L)];
            var lower = amo is null ? constraint.Linear.Domain[0] : 0L;
            var upper = amo is null ? constraint.Linear.Domain[^1] : 1L;
            var row = solver.MakeConstraint(lower, upper, "");
            for (var k = 0; k < vars.Length; k++)
            {
                row.SetCoefficient(columns[vars[k]], coefficients[k]);
            }

            rows.Add((row, lower, upper, vars, coefficients));
        }

        var weights = new double[columns.Length];
        for (var k = 0; k < model.Objective.Vars.Count; k++)
        {
            weights[model.Objective.Vars[k]] = -model.Objective.Coeffs[k];
            solver.Objective().SetCoefficient(columns[model.Objective.Vars[k]], weights[model.Objective.Vars[k]]);
        }

        solver.Objective().SetMaximization();
        var status = solver.Solve();
        // Only these statuses carry dual prices; asking for them otherwise makes the solver log an error per row.
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return null;
        }

        var prices = rows.Select(r => r.Row.DualValue()).ToArray();
        if (prices.All(p => p == 0 || !double.IsFinite(p)))
        {
            return null;
        }

        var plus = Lagrangian(model, rows, weights, prices, 1);
        var minus = Lagrangian(model, rows, weights, prices, -1);
        var (value, reduced) = plus.Value <= minus.Value ? plus : minus;
        return double.IsFinite(value) ? new LagrangianBound(value, reduced) { Primal = [.. columns.Select(c => c.SolutionValue())] } : null;
    }

    /// <summary>
    /// max over the box of c.x - y.(Ax) + y.b-side, i.e. sum_r y_r * (bound of row r on y_r's side) + sum_j max over x_j of
    /// (c_j - (A^T y)_j) x_j. Valid for any prices; the sign argument tries both dual conventions.
    /// </summary>
    private static (double Value, double[] Reduced) Lagrangian(
        Google.OrTools.Sat.CpModelProto model,
        List<(Constraint Row, double Lower, double Upper, int[] Vars, long[] Coefficients)> rows,
        double[] weights,
        double[] prices,
        int sign)
    {
        var reduced = (double[])weights.Clone();
        var total = 0.0;
        for (var r = 0; r < rows.Count; r++)
        {
            var y = sign * prices[r];
            if (!double.IsFinite(y) || y == 0 || (y > 0 && rows[r].Upper >= long.MaxValue / 8) || (y < 0 && rows[r].Lower <= long.MinValue / 8))
            {
                continue;
            }

            total += y > 0 ? y * rows[r].Upper : y * rows[r].Lower;
            for (var k = 0; k < rows[r].Vars.Length; k++)
            {
                reduced[rows[r].Vars[k]] -= y * rows[r].Coefficients[k];
            }
        }

        for (var j = 0; j < reduced.Length; j++)
        {
            var domain = model.Variables[j].Domain;
            total += reduced[j] > 0 ? reduced[j] * domain[^1] : reduced[j] * domain[0];
        }

        return (total, reduced);
    }
}
