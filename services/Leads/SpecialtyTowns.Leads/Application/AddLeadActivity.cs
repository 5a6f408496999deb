using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// A call, visit, meeting or note on a lead's timeline, by its town (internal notes allowed), an admin,
/// or the investor organisation's member (whose entries are never internal: both sides see them).
/// </summary>
public sealed class AddLeadActivity(LeadsDbContext db, IIdempotency idempotency, LeadAccess access, TimeProvider clock)
{
    public async Task<LeadActivity> ExecuteAsync(AddLeadActivityCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var id = await idempotency.ExecuteAsync(caller, nameof(AddLeadActivity), command, async ct =>
        {
            var (lead, scope) = await access.VisibleAsync(command.LeadId, caller, ct);
            var works = scope.Works(lead);
            if (command.Internal && !works)
            {
                throw new ForbiddenException("Only the town working the lead writes internal notes");
            }

            var now = clock.GetUtcNow();
            var occurredAt = command.OccurredAt ?? now;
            if (occurredAt > now.AddDays(1) || occurredAt < now.AddYears(-5))
            {
                throw new InvalidValueException("occurred_at", "must be within the last five years and not later than tomorrow");
            }

            var activity = LeadActivity.Record(lead.Id, command.Kind, occurredAt, command.Text, command.Internal, caller.Subject, null, now);
            db.LeadActivities.Add(activity);
            return activity.Id;
        }, cancellationToken);
        return await db.LeadActivities.FindAsync([id], cancellationToken) ?? throw new NotFoundException("Activity", id.ToString());
    }
}
