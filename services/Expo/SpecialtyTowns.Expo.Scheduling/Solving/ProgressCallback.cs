using Google.OrTools.Sat;
using SpecialtyTowns.Expo.Scheduling.Model;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>Reports each better CP-SAT solution of the weight phase (weight and CP-SAT's bound, capped by the one known before).</summary>
internal sealed class ProgressCallback(IProgress<ScheduleProgress> progress, long knownBound) : CpSolverSolutionCallback
{
    public override void OnSolutionCallback()
    {
        var bound = CpSatScheduler.ProvenBound(CpSolverStatus.Feasible, BestObjectiveBound(), knownBound);
        progress.Report(new ScheduleProgress("cp-sat", TimeSpan.FromSeconds(WallTime()), (long)Math.Round(ObjectiveValue()), bound));
    }
}
