using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.Towns.Contracts;
using SpecialtyTowns.Towns.Domain.Enterprises;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>
/// Brings Towns' view of one enterprise up to date from an Enterprises event (registered or updated);
/// an older state than the one held changes nothing. When what a town shows changes, it says so
/// (<see cref="TownEnterprisesChanged"/>) for the readers that cache town profiles.
/// </summary>
public sealed class RecordEnterprise(TownsDbContext db, IOutbox outbox, TimeProvider clock)
{
    /// <returns>Whether what a town shows (count, leading names) changed.</returns>
    public async Task<bool> ExecuteAsync(TownEnterprise state, CancellationToken cancellationToken)
    {
        var held = await db.Enterprises.SingleOrDefaultAsync(e => e.EnterpriseId == state.EnterpriseId, cancellationToken);
        var formerTown = held?.TownId;
        bool changed;
        if (held is null)
        {
            db.Enterprises.Add(state);
            changed = true;
        }
        else
        {
            changed = held.Apply(state);
        }

        if (changed)
        {
            var now = clock.GetUtcNow();
            outbox.Add(new TownEnterprisesChanged(state.TownId, now));
            if (formerTown is { } town && town != state.TownId)
            {
                outbox.Add(new TownEnterprisesChanged(town, now));
            }
        }

        return changed;
    }
}
