using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Enterprises.Application.Towns;

/// <summary>
/// Announces a town's enterprises again (EnterpriseRegistered, as they are now) when Towns announces
/// the town (again): Towns replays its towns once on a database from before it counted enterprises,
/// and this answers with what it has to count. A town being registered for the first time has no
/// enterprise yet, so nothing is sent twice there; Towns keeps the newer state of each enterprise.
/// </summary>
public sealed class AnnounceTownEnterprises(EnterprisesDbContext db, IOutbox outbox)
{
    /// <returns>How many enterprises were announced.</returns>
    public async Task<int> ExecuteAsync(Guid townId, CancellationToken cancellationToken)
    {
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.TownId == townId).ToListAsync(cancellationToken);
        foreach (var enterprise in enterprises)
        {
            outbox.Add(RegisterEnterprise.Announcement(enterprise));
        }

        return enterprises.Count;
    }
}
