using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Leads.Infrastructure.Configurations;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// The town reopens a lost lead (to the stage it was lost from, or negotiating when lost after signing)
/// with a new next action. A newer open lead of the same organisation, town and project refuses it as a duplicate.
/// </summary>
public sealed class ReopenLead(IOutbox outbox, IIdempotency idempotency, LeadEditing editing, TimeProvider clock)
{
    public async Task<Guid> ExecuteAsync(MoveLeadStageCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        try
        {
            return await LeadEditing.GuardAsync(() => idempotency.ExecuteAsync(caller, nameof(ReopenLead), command, async ct =>
            {
                var lead = await editing.LoadAsync(command.LeadId, caller, command.ExpectedVersion, ct);
                var now = clock.GetUtcNow();
                StagePlausibility.Ensure(command.Fields, PlausibleDates.TodayInChina(now), null);
                var from = lead.Stage;
                lead.Reopen(command.Fields, caller.Subject, now);
                outbox.Add(MoveLeadStage.StageChanged(lead, from, caller, now));
                return lead.Id;
            }, cancellationToken));
        }
        catch (Exception exception) when (UniqueIndexViolation.IndexOf(exception) == LeadConfiguration.OpenKeyIndex)
        {
            var existing = await editing.OpenTwinAsync(command.LeadId, cancellationToken);
            throw new BusinessRuleException(CreateLead.DuplicateRule, $"Another open lead for this organisation, town and project exists: {existing}")
            {
                Metadata = new Dictionary<string, string> { ["existingLeadId"] = existing.ToString() },
            };
        }
    }
}
