using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Solving;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.TestData;

/// <summary>A schedule under construction written out in the format, so the validator can check it.</summary>
internal static class OccupancySchedule
{
    public static Schedule From(Problem problem, Occupancy occupancy) => new()
    {
        Assignments = [.. Enumerable.Range(0, problem.MeetingCount).Where(occupancy.IsPlaced).Select(m => new Assignment
        {
            Meeting = problem.MeetingIds[m],
            Slot = problem.SlotIds[occupancy.SlotOf[m]],
            Table = problem.TableIds[occupancy.TableOf[m]],
            Interpreter = occupancy.InterpreterOf[m] == Problem.None ? null : problem.ParticipantIds[occupancy.InterpreterOf[m]],
        })],
        Unscheduled = [.. Enumerable.Range(0, problem.MeetingCount).Where(m => !occupancy.IsPlaced(m))
            .Select(m => new UnscheduledMeeting { Meeting = problem.MeetingIds[m], Reason = "not placed" })],
    };
}
