using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.Towns.Contracts;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>Edits a town's profile (<see cref="Town.MayBeEditedBy"/>); a change is announced as <see cref="TownUpdated"/>.</summary>
public sealed class UpdateTown(
    TownsDbContext db,
    IOutbox outbox,
    IIdempotency idempotency,
    TimeProvider clock,
    ILogger<UpdateTown> logger)
{
    public async Task<Town> ExecuteAsync(UpdateTownCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        var changes = command.Changes;
        await idempotency.ExecuteAsync(caller, nameof(UpdateTown), command, async ct =>
        {
            var town = await db.Towns.SingleOrDefaultAsync(t => t.Id == command.TownId, ct)
                ?? throw new NotFoundException("Town", command.TownId.ToString());
            caller.RequireThat(town.MayBeEditedBy(caller), "edit this town");
            var profileChanged = town.ApplyProfile(changes.KeyFigures, changes.Platforms, changes.Policies, changes.Contacts);
            if (town.Apply(changes) || profileChanged)
            {
                outbox.Add(new TownUpdated(town.Id, town.Name, town.NameEn, town.City, town.County, town.MainIndustry, clock.GetUtcNow()));
                logger.LogInformation("Town {TownId} updated by {Subject}", town.Id, caller.Subject);
            }

            return town.Id;
        }, cancellationToken);
        return await db.Towns.AsNoTracking().SingleAsync(t => t.Id == command.TownId, cancellationToken);
    }
}
