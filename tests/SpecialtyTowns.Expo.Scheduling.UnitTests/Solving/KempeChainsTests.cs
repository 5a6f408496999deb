using SpecialtyTowns.Expo.Scheduling.Solving;
using SpecialtyTowns.Expo.Scheduling.UnitTests.TestData;
using SpecialtyTowns.Expo.Scheduling.Validation;
using Xunit;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.Solving;

public sealed class KempeChainsTests
{
    [Fact]
    public void Improve_WhenOnlyAChainOfSwapsFreesBothParties_InsertsTheMeeting()
    {
        // a-b waits; a is busy in slot 1 (a-c), b in slot 2 (b-d). Moving either blocker alone runs into c-e or d-f,
        // and all weights are equal, so only swapping a whole chain of slots 1 and 2 makes room.
        var (problem, occupancy) = Placed(
            ("a-c", 0), ("c-e", 1), ("b-d", 1), ("d-f", 0), ("f-g", 1), ("e-h", 0), ("a-b", -1));
        var local = new LocalImprover(problem, occupancy, seed: 1, movable: (_, _) => true);

        var localGain = local.ImproveWeight(TimeSpan.FromSeconds(5), CancellationToken.None);
        var chainGain = new KempeChains(problem, occupancy, seed: 1).Improve(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(0, localGain);
        Assert.Equal(1, chainGain);
        Assert.All(Enumerable.Range(0, problem.MeetingCount), m => Assert.True(occupancy.IsPlaced(m)));
        Solve.AssertValid(problem.Source, OccupancySchedule.From(problem, occupancy));
    }

    [Theory]
    [InlineData(81)]
    [InlineData(82)]
    [InlineData(83)]
    public void Improve_WhenGivenGreedySchedule_GainsExactlyWhatItReportsAndStaysValid(int seed)
    {
        var instance = RandomInstances.Create(seed, people: 24, meetings: 110, days: 2, slotsPerDay: 4, tables: 8);
        var problem = InstanceValidator.Compile(instance);
        var occupancy = GreedyScheduler.Build(problem, null);
        var before = occupancy.Weight();

        var gained = new KempeChains(problem, occupancy, seed: 1).Improve(TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.True(gained >= 0);
        Assert.Equal(before + gained, occupancy.Weight());
        Solve.AssertValid(instance, OccupancySchedule.From(problem, occupancy));
    }

    /// <summary>Two slots, tables for everyone; each meeting "x-y" between people x and y, placed in its slot (-1: waiting).</summary>
    private static (Problem Problem, Occupancy Occupancy) Placed(params (string Meeting, int Slot)[] meetings)
    {
        var builder = new InstanceBuilder().Slots(2).Table("T1").Table("T2").Table("T3").Table("T4");
        foreach (var person in meetings.SelectMany(m => m.Meeting.Split('-')).Distinct())
        {
            builder.Person(person);
        }

        foreach (var (meeting, _) in meetings)
        {
            builder.Meeting(meeting, meeting.Split('-'));
        }

        var problem = InstanceValidator.Compile(builder.Build());
        var occupancy = new Occupancy(problem);
        for (var m = 0; m < meetings.Length; m++)
        {
            if (meetings[m].Slot >= 0)
            {
                Assert.True(occupancy.TryPlace(m, meetings[m].Slot));
            }
        }

        return (problem, occupancy);
    }
}
