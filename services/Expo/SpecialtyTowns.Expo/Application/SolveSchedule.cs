using SpecialtyTowns.Expo.Scheduling;
using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Solving;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application;

/// <summary>Runs the meeting scheduler for organizers and admins.</summary>
public sealed class SolveSchedule(ILogger<SolveSchedule> logger)
{
    /// <exception cref="Scheduling.Validation.InstanceException">The instance (or the previous schedule) is not one the scheduler can solve.</exception>
    public async Task<Schedule> ExecuteAsync(SolveScheduleCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Organizer, Roles.Admin);
        var scheduler = new MeetingScheduler(new SchedulerOptions { TimeLimit = command.TimeLimit });
        var schedule = await scheduler.SolveAsync(command.Instance, command.Previous, cancellationToken);
        logger.LogInformation("Scheduled {Assigned} meetings, {Unscheduled} left unscheduled", schedule.Assignments.Count, schedule.Unscheduled.Count);
        return schedule;
    }
}
