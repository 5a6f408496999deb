using System.Diagnostics;
using Google.OrTools.Sat;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// Closes a small gap between a schedule and the LP bound: asks CP-SAT only for a heavier schedule, on the whole model with
/// every variable fixed that the dual prices exclude from such a schedule (<see cref="LagrangianBound.Fix"/>). With a gap
/// of a few weight units most variables go, the model is small, and CP-SAT either finds the heavier schedule or proves
/// there is none; either way the search learns the optimum far sooner than on the whole model. Repeats while it improves.
/// </summary>
internal sealed class GapCloser(
    LagrangianBound certificate,
    Func<CpSatModel, double, CancellationToken, (CpSolverStatus Status, IReadOnlyList<long>? Solution, long Objective, long Bound)> run,
    Problem problem)
{
    /// <summary>Below this share of fixed variables the restricted model is nearly the whole one, which the search already tried.</summary>
    private const double MinFixedShare = 0.3;

    /// <param name="solution">The schedule as values of the whole model's variables.</param>
    /// <returns>The best schedule, its weight, and whether it is proven optimal.</returns>
    public (IReadOnlyList<long> Solution, long Weight, bool Optimal) Close(
        IReadOnlyList<long> solution, long weight, long bound, TimeSpan budget, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        bound = Math.Min(bound, certificate.Bound);
        while (weight < bound && !cancellationToken.IsCancellationRequested)
        {
            var seconds = (budget - clock.Elapsed).TotalSeconds;
            if (seconds < 0.2)
            {
                break;
            }

            if (certificate.CountFixed(weight + 1) < certificate.ReducedCosts.Length * MinFixedShare)
            {
                break;
            }

            var model = new CpSatModel(problem);
            certificate.Fix(model.Proto, weight + 1);

            model.Proto.Objective.Domain.Clear();
            model.Proto.Objective.Domain.Add(-bound);
            model.Proto.Objective.Domain.Add(-(weight + 1));
            model.Proto.SolutionHint = Hint(solution, model.Proto.Variables.Count);
            var (status, found, value, _) = run(model, seconds, cancellationToken);
            if (status == CpSolverStatus.Infeasible)
            {
                return (solution, weight, true);
            }

            if (found is null || value <= weight)
            {
                break;
            }

            (solution, weight) = (found, value);
            if (status == CpSolverStatus.Optimal)
            {
                // Every schedule heavier than the old one is in the restricted model, so its optimum is the optimum.
                return (solution, weight, true);
            }
        }

        return (solution, weight, weight >= bound);
    }

    private static PartialVariableAssignment Hint(IReadOnlyList<long> solution, int count)
    {
        var hint = new PartialVariableAssignment();
        for (var v = 0; v < Math.Min(count, solution.Count); v++)
        {
            hint.Vars.Add(v);
            hint.Values.Add(solution[v]);
        }

        return hint;
    }
}
