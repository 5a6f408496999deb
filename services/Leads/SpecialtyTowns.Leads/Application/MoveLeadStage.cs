using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// The town (or an admin) moves a lead along the transition table with the target stage's required
/// fields; the move, its history row, the deal it makes or dates, and its events are one transaction.
/// </summary>
public sealed class MoveLeadStage(IOutbox outbox, IIdempotency idempotency, LeadEditing editing, LeadDeals deals, TownLostReasons lostReasons, TimeProvider clock)
{
    public Task<Guid> ExecuteAsync(MoveLeadStageCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        return LeadEditing.GuardAsync(() => idempotency.ExecuteAsync(caller, nameof(MoveLeadStage), command, async ct =>
        {
            var lead = await editing.LoadAsync(command.LeadId, caller, command.ExpectedVersion, ct);
            var now = clock.GetUtcNow();
            var standing = await deals.StandingAsync(lead.Id, ct);
            LeadPipeline.EnsureCanMove(lead.Stage, command.Stage);
            StagePlausibility.Ensure(command.Fields, PlausibleDates.TodayInChina(now), standing?.SignedOn);
            if (command.Stage == LeadStage.Lost && !string.IsNullOrWhiteSpace(command.Fields.LostReason))
            {
                await lostReasons.EnsureUsableAsync(lead.TownId, command.Fields.LostReason.Trim(), "fields.lost_reason", ct);
            }

            var from = lead.Stage;
            lead.MoveTo(command.Stage, command.Fields with { LostReason = command.Fields.LostReason?.Trim() }, caller.Subject, now);
            await deals.ApplyAsync(lead, from, command.Fields, standing, now, ct);
            outbox.Add(StageChanged(lead, from, caller, now));
            return lead.Id;
        }, cancellationToken));
    }

    /// <summary>The event of a move or a reopening: the amount is the signed one from signing on, the expected one before.</summary>
    public static LeadStageChanged StageChanged(Lead lead, LeadStage from, Caller caller, DateTimeOffset now) => new(
        lead.Id,
        lead.TownId,
        lead.OrganisationId,
        lead.ProjectId,
        lead.GapId,
        LeadStageKeys.Of(from),
        LeadStageKeys.Of(lead.Stage),
        lead.ExpectedAmountFen,
        lead.LostReason,
        caller.Subject,
        lead.Version,
        now,
        LeadSourceKeys.Of(lead.Source));
}
