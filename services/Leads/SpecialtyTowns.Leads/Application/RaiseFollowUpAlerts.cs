using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// Raises LeadFollowUpDue for leads newly due today, overdue or stalled, once per lead, kind and
/// occurrence (due date or stage entry): the alert row is claimed with INSERT ... ON CONFLICT DO NOTHING
/// in the transaction that writes the event, so replicas scanning at once raise each alert exactly once.
/// </summary>
public sealed class RaiseFollowUpAlerts(LeadsDbContext db, IOutbox outbox, TimeProvider clock)
{
    private const int Batch = 200;

    /// <returns>How many alerts were raised.</returns>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var raised = 0;
        foreach (var kind in FollowUpQueries.Kinds)
        {
            raised += await RaiseAsync(kind, cancellationToken);
        }

        return raised;
    }

    private Task<int> RaiseAsync(string kind, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow();
            var leads = await CandidatesAsync(kind, now, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var raised = 0;
            foreach (var lead in leads)
            {
                var occurrence = FollowUpQueries.OccurrenceOf(lead, kind);
                var claimed = await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO follow_up_alerts (lead_id, kind, occurrence, raised_at) VALUES ({lead.Id}, {kind}, {occurrence}, {now}) ON CONFLICT DO NOTHING",
                    ct);
                if (claimed == 1)
                {
                    outbox.Add(new LeadFollowUpDue(lead.Id, lead.TownId, lead.OwnerId, kind, LeadStageKeys.Of(lead.Stage), lead.NextAction, lead.NextActionDue, StageProfiles.DaysInStage(lead.StageEnteredAt, now), now));
                    raised++;
                }
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return raised;
        }, cancellationToken);

    // Leads of the kind without an alert for their current occurrence; the stalled alert of a stage entry is one raised after it.
    private async Task<List<Lead>> CandidatesAsync(string kind, DateTimeOffset now, CancellationToken ct)
    {
        var query = FollowUpQueries.Of(db.Leads.AsNoTracking(), kind, now);
        if (kind == FollowUpQueries.Stalled)
        {
            return await query.Where(l => !db.FollowUpAlerts.Any(a => a.LeadId == l.Id && a.Kind == kind && a.RaisedAt >= l.StageEnteredAt)).Take(Batch).ToListAsync(ct);
        }

        var today = PlausibleDates.TodayInChina(now);
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT l.id AS "Value" FROM leads l
            WHERE l.open_key IS NOT NULL AND l.next_action_due IS NOT NULL
              AND (({kind} = 'due-today' AND l.next_action_due = {today}) OR ({kind} = 'overdue' AND l.next_action_due < {today}))
              AND NOT EXISTS (SELECT 1 FROM follow_up_alerts a WHERE a.lead_id = l.id AND a.kind = {kind} AND a.occurrence = to_char(l.next_action_due, 'YYYY-MM-DD'))
            LIMIT {Batch}
            """).ToListAsync(ct);
        return await db.Leads.AsNoTracking().Where(l => ids.Contains(l.Id)).ToListAsync(ct);
    }
}
