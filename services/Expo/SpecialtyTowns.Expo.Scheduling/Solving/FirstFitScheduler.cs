using System.Diagnostics;
using SpecialtyTowns.Expo.Scheduling.Explaining;
using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Validation;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// The baseline the optimiser is measured against: meetings in input order (fixed ones first), each in the first slot
/// where its parties are free, at the first free table that fits, with the first free interpreter.
/// </summary>
public static class FirstFitScheduler
{
    private const int None = Problem.None;

    public static Schedule Solve(Instance instance)
    {
        var clock = Stopwatch.StartNew();
        var problem = InstanceValidator.Compile(instance);
        var occupancy = new Occupancy(problem);
        var order = Enumerable.Range(0, problem.MeetingCount).OrderBy(m => problem.IsFixed(m) ? 0 : 1).ThenBy(m => m);
        foreach (var m in order)
        {
            foreach (var s in problem.CandidateSlots[m])
            {
                if (TryFirstFit(problem, occupancy, m, s))
                {
                    break;
                }
            }
        }

        var explainer = new UnscheduledExplainer(problem, occupancy);
        var weight = occupancy.Weight();
        return new Schedule
        {
            Assignments = [.. Enumerable.Range(0, problem.MeetingCount).Where(occupancy.IsPlaced).Select(m => new Assignment
            {
                Meeting = problem.MeetingIds[m],
                Slot = problem.SlotIds[occupancy.SlotOf[m]],
                Table = problem.TableIds[occupancy.TableOf[m]],
                Interpreter = occupancy.InterpreterOf[m] == None ? null : problem.ParticipantIds[occupancy.InterpreterOf[m]],
            })],
            Unscheduled = [.. Enumerable.Range(0, problem.MeetingCount).Where(m => !occupancy.IsPlaced(m))
                .Select(m => new UnscheduledMeeting { Meeting = problem.MeetingIds[m], Reason = explainer.Explain(m) })],
            Stats = new ScheduleStats
            {
                ScheduledWeight = weight,
                UpperBound = problem.TotalWeight(),
                GreedyWeight = weight,
                IdleSlots = occupancy.IdleSlots(),
                Seconds = Math.Round(clock.Elapsed.TotalSeconds, 3),
                ScheduledMeetings = Enumerable.Range(0, problem.MeetingCount).Count(occupancy.IsPlaced),
                UnscheduledMeetings = Enumerable.Range(0, problem.MeetingCount).Count(m => !occupancy.IsPlaced(m)),
            },
        };
    }

    private static bool TryFirstFit(Problem problem, Occupancy occupancy, int meeting, int slot)
    {
        if (!occupancy.PartiesFree(meeting, slot))
        {
            return false;
        }

        var table = problem.IsFixed(meeting)
            ? problem.FixedTable[meeting]
            : Enumerable.Range(0, problem.TableCount)
                .FirstOrDefault(t => occupancy.HostedAt(t, slot) == None && problem.TableSeats[t] >= problem.Required[meeting], None);
        var interpreter = problem.Language[meeting] == None
            ? None
            : problem.InterpretersOfLanguage[problem.Language[meeting]]
                .FirstOrDefault(i => occupancy.IsFree(i, slot) && !occupancy.AtLimit(i) && !problem.Parties[meeting].Contains(i), None);
        if (table == None || occupancy.HostedAt(table, slot) != None || (problem.Language[meeting] != None && interpreter == None))
        {
            return false;
        }

        occupancy.Place(meeting, slot, table, interpreter);
        return true;
    }
}
