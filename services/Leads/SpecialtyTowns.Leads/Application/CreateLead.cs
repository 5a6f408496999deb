using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application;

/// <summary>An investor registers interest in a town the marketplace knows.</summary>
public sealed class CreateLead(LeadsDbContext db, IOutbox outbox, IIdempotency idempotency, TimeProvider clock)
{
    public async Task<Lead> ExecuteAsync(CreateLeadCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Investor);
        var id = await idempotency.ExecuteAsync(caller, nameof(CreateLead), command, async ct =>
        {
            if (!await db.TownDirectory.AnyAsync(t => t.TownId == command.TownId, ct))
            {
                throw new BusinessRuleException("lead-town-known", $"Town {command.TownId} is not (yet) known to the marketplace");
            }

            var lead = Lead.Create(caller.UserId, command.TownId, command.Message, clock.GetUtcNow());
            db.Leads.Add(lead);
            outbox.Add(new LeadCreated(lead.Id, lead.InvestorId, lead.TownId, lead.Stage, lead.CreatedAt));
            return lead.Id;
        }, cancellationToken);
        return await db.Leads.AsNoTracking().SingleAsync(l => l.Id == id, cancellationToken);
    }
}
