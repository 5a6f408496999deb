using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.Messaging.Replay;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>
/// Announces every town again (TownRegistered), once per database, at start-up: Enterprises' towns
/// (and so enterprise registration) came after towns on existing databases were announced, and they
/// fill only from events. On a new database it runs before the first town and writes nothing.
/// Every consumer of TownRegistered is safe against a second one (the newer state wins).
/// </summary>
public sealed class AnnounceExistingTowns(TownsDbContext db, IOutbox outbox, TimeProvider clock, ILogger<AnnounceExistingTowns> logger)
{
    /// <summary>Raise the version when a new consumer needs the towns replayed again.</summary>
    public const string Replay = "town-registered-v1";

    /// <returns>How many towns were announced, or null when this database had its replay.</returns>
    public Task<int?> ExecuteAsync(CancellationToken cancellationToken) => AnnouncementReplays.AnnounceOnceAsync(
        db, outbox, Replay, db.Towns.AsNoTracking().OrderBy(t => t.RegisteredAt), RegisterTown.Announcement, clock, logger, cancellationToken);
}
