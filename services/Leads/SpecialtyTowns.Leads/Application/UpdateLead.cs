using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application;

/// <summary>The town changes a lead's owner, next action and its due date, or expected amount; an edit that changes nothing keeps the version.</summary>
public sealed class UpdateLead(IIdempotency idempotency, LeadEditing editing, TimeProvider clock)
{
    public Task<Guid> ExecuteAsync(UpdateLeadCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        return LeadEditing.GuardAsync(() => idempotency.ExecuteAsync(caller, nameof(UpdateLead), command, async ct =>
        {
            var lead = await editing.LoadAsync(command.LeadId, caller, command.ExpectedVersion, ct);
            var now = clock.GetUtcNow();
            StagePlausibility.EnsureDue("next_action_due", command.Fields.NextActionDue, PlausibleDates.TodayInChina(now));
            StagePlausibility.EnsureAmount("expected_amount_fen", command.Fields.ExpectedAmountFen, allowZero: true);
            lead.Update(command.Fields, now);
            return lead.Id;
        }, cancellationToken));
    }
}
