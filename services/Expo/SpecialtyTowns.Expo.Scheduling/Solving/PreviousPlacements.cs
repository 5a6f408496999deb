using SpecialtyTowns.Expo.Scheduling.Model;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>A previous schedule mapped onto the current instance's indices; places that no longer exist map to None.</summary>
internal sealed class PreviousPlacements
{
    public PreviousPlacements(Problem problem, Schedule previous)
    {
        Schedule = previous;
        SlotOf = Enumerable.Repeat(Problem.None, problem.MeetingCount).ToArray();
        TableOf = Enumerable.Repeat(Problem.None, problem.MeetingCount).ToArray();
        InterpreterOf = Enumerable.Repeat(Problem.None, problem.MeetingCount).ToArray();
        foreach (var assignment in previous.Assignments ?? [])
        {
            if (assignment?.Meeting is null || !problem.MeetingIndex.TryGetValue(assignment.Meeting, out var m))
            {
                continue;
            }

            SlotOf[m] = problem.SlotIndex.GetValueOrDefault(assignment.Slot ?? "", Problem.None);
            TableOf[m] = problem.TableIndex.GetValueOrDefault(assignment.Table ?? "", Problem.None);
            InterpreterOf[m] = assignment.Interpreter is null
                ? Problem.None
                : problem.ParticipantIndex.GetValueOrDefault(assignment.Interpreter, Problem.None);
        }
    }

    public Schedule Schedule { get; }

    public int[] SlotOf { get; }

    public int[] TableOf { get; }

    public int[] InterpreterOf { get; }
}
