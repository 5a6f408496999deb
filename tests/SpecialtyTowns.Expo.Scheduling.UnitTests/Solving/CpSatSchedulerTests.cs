using Google.OrTools.Sat;
using SpecialtyTowns.Expo.Scheduling.Solving;
using Xunit;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.Solving;

public sealed class CpSatSchedulerTests
{
    [Theory]
    [InlineData(CpSolverStatus.Unknown, 0.0, 100)]
    [InlineData(CpSolverStatus.ModelInvalid, 5.0, 100)]
    [InlineData(CpSolverStatus.Feasible, double.PositiveInfinity, 100)]
    [InlineData(CpSolverStatus.Feasible, 42.9999999, 43)]
    [InlineData(CpSolverStatus.Optimal, 40.0, 40)]
    [InlineData(CpSolverStatus.Feasible, 250.0, 100)]
    public void ProvenBound_WhenStatusAndBoundVary_TrustsOnlyBoundsCpSatProved(CpSolverStatus status, double reported, long expected)
    {
        var bound = CpSatScheduler.ProvenBound(status, reported, fallback: 100);

        Assert.Equal(expected, bound);
    }
}
