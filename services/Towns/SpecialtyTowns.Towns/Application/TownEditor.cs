using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.Towns.Contracts;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>Edits a town's profile: only the town's own account or an admin may.</summary>
public sealed class TownEditor(TownsDbContext db, IOutbox outbox, TimeProvider clock, ILogger<TownEditor> logger)
{
    public async Task<Town> UpdateAsync(Caller caller, Guid townId, TownChanges changes, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        var town = await db.Towns.SingleOrDefaultAsync(t => t.Id == townId, cancellationToken)
            ?? throw new NotFoundException("Town", townId.ToString());
        caller.RequireThat(caller.IsAdmin || caller.IsTown(townId), "edit this town");
        var profileChanged = town.ApplyProfile(changes.KeyFigures, changes.Platforms, changes.Policies, changes.Contacts);
        if (!town.Apply(changes) && !profileChanged)
        {
            return town;
        }

        var now = clock.GetUtcNow();
        outbox.Add(new TownUpdated(town.Id, town.Name, town.NameEn, town.City, town.County, town.MainIndustry, now));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Town {TownId} updated by {Subject}", town.Id, caller.Subject);
        return town;
    }
}
