using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.Towns.Contracts;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>
/// Registers a town and announces it: the town row and its <see cref="TownRegistered"/>
/// outbox row commit in one transaction. Towns are vetted programme members: only an admin adds one.
/// </summary>
public sealed class RegisterTown(TownsDbContext db, IOutbox outbox, IIdempotency idempotency, TimeProvider clock, ILogger<RegisterTown> logger)
{
    public async Task<Town> ExecuteAsync(RegisterTownCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Admin);
        var id = await idempotency.ExecuteAsync(caller, nameof(RegisterTown), command, async ct =>
        {
            var name = command.Town.Name.Trim();
            if (await db.Towns.AnyAsync(t => t.Name == name, ct))
            {
                throw new ConflictException($"A town named '{name}' is already registered");
            }

            var town = Town.Register(command.Town, clock.GetUtcNow());
            db.Towns.Add(town);
            outbox.Add(Announcement(town));
            logger.LogInformation("Town {TownId} {TownName} registered", town.Id, town.Name);
            return town.Id;
        }, cancellationToken);
        return await db.Towns.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken);
    }

    /// <summary>The town as it is now, announced as registered (at registration, and when replayed to consumers added later).</summary>
    public static TownRegistered Announcement(Town town) => new(
        town.Id,
        town.Name,
        town.NameEn,
        town.City,
        town.County,
        TownKeys.Of(town.Level),
        TownKeys.Of(town.Category),
        town.MainIndustry,
        town.RegisteredAt);
}
