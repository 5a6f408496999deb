using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Towns;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application.Funnel;

/// <summary>
/// The province (admins) sets a town's yearly signed-investment target (招商目标任务 are handed down, not
/// chosen by the town). Setting the same value again changes nothing, so a retried PUT is harmless.
/// </summary>
public sealed class SetTownTarget(LeadsDbContext db, LeadDirectory directory, TimeProvider clock)
{
    public async Task<TownTarget> ExecuteAsync(Guid townId, int year, long signedAmountFen, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Admin);
        await directory.EnsureTownKnownAsync(townId, cancellationToken);

        var now = clock.GetUtcNow();
        var target = await db.TownTargets.SingleOrDefaultAsync(t => t.TownId == townId && t.Year == year, cancellationToken);
        if (target is null)
        {
            target = TownTarget.Set(townId, year, signedAmountFen, now);
            db.TownTargets.Add(target);
        }
        else if (target.SignedAmountFen != signedAmountFen)
        {
            target.Change(signedAmountFen, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return target;
    }
}
