using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application;

public sealed class GetLead(LeadsDbContext db)
{
    public async Task<Lead> ExecuteAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);

        // Someone else's lead is answered exactly like a missing one: its existence is private too.
        if (lead is null || !lead.IsVisibleTo(caller))
        {
            throw new NotFoundException("Lead", id.ToString());
        }

        return lead;
    }
}
