using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application;

/// <summary>An investor registers interest in a town the marketplace knows, for its organisation.</summary>
public sealed class CreateLead(LeadsDbContext db, IOutbox outbox, IIdempotency idempotency, CallerOrganisation organisations, TimeProvider clock)
{
    public async Task<Lead> ExecuteAsync(CreateLeadCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Investor);
        var id = await idempotency.ExecuteAsync(caller, nameof(CreateLead), command, async ct =>
        {
            var organisationId = await organisations.FindAsync(caller, ct)
                ?? throw new BusinessRuleException("investor-organisation-required", "Save your organisation's profile (PUT /api/v1/investors/me) before registering interest");
            if (!await db.TownDirectory.AnyAsync(t => t.TownId == command.TownId, ct))
            {
                throw new BusinessRuleException("lead-town-known", $"Town {command.TownId} is not (yet) known to the marketplace");
            }

            var now = clock.GetUtcNow();
            var draft = new LeadDraft(organisationId, command.TownId, null, null, LeadSource.Inbound, caller.UserId, null, null, command.Message, null, null, null);
            var lead = Lead.Create(draft, caller.Subject, now);
            db.Leads.Add(lead);
            outbox.Add(new LeadCreated(lead.Id, caller.UserId, lead.TownId, LeadStageKeys.Of(lead.Stage), lead.CreatedAt, organisationId, null, null, "inbound", null));
            return lead.Id;
        }, cancellationToken);
        return await db.Leads.AsNoTracking().SingleAsync(l => l.Id == id, cancellationToken);
    }
}
