using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.ServiceDefaults.Errors;
using SpecialtyTowns.Towns.Contracts;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>
/// Registers a town and announces it: the town row and its <see cref="TownRegistered"/>
/// outbox row commit in one transaction.
/// </summary>
public sealed class TownRegistrar(TownsDbContext db, IOutbox outbox, TimeProvider clock, ILogger<TownRegistrar> logger)
{
    public async Task<Town> RegisterAsync(TownRegistration registration, CancellationToken cancellationToken)
    {
        if (await FindByRequestIdAsync(registration.RequestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        if (await db.Towns.AnyAsync(t => t.Name == registration.Name.Trim(), cancellationToken))
        {
            throw new ConflictException($"A town named '{registration.Name.Trim()}' is already registered");
        }

        var town = Town.Register(registration, clock.GetUtcNow());
        db.Towns.Add(town);
        outbox.Add(new TownRegistered(
            town.Id,
            town.Name,
            town.NameEn,
            town.City,
            town.County,
            TownKeys.Of(town.Level),
            TownKeys.Of(town.Category),
            town.MainIndustry,
            town.RegisteredAt));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (PostgresErrors.IsUniqueViolation(exception)
            && PostgresErrors.ConstraintName(exception) == "ux_towns_creation_request_id")
        {
            // A concurrent retry of the same request won the race: answer as it did.
            db.ChangeTracker.Clear();
            var winner = await FindByRequestIdAsync(registration.RequestId, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }

        logger.LogInformation("Town {TownId} {TownName} registered", town.Id, town.Name);
        return town;
    }

    private async Task<Town?> FindByRequestIdAsync(string? requestId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(requestId))
        {
            return null;
        }

        var key = requestId.Trim();
        return await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.CreationRequestId == key, cancellationToken);
    }
}
