using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Messaging.Replay;

/// <summary>
/// Writes announcements for rows that already exist into the outbox, once per database: for
/// consumers added after those rows were announced (a projection that starts empty on an existing
/// database). The marker row and the outbox rows commit together, so a crash replays again and a
/// finished replay never does; replicas starting at once take a lock and the second finds the marker.
/// </summary>
public static class AnnouncementReplays
{
    /// <param name="announce">Adds the messages to the outbox (not saved) and returns how many.</param>
    /// <returns>How many messages were written, or null when the replay had run already.</returns>
    public static Task<int?> RunOnceAsync(
        DbContext db, string name, Func<CancellationToken, Task<int>> announce, TimeProvider clock, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"announcement-replay:" + name}))", ct);
                if (await db.Set<AnnouncementReplay>().AnyAsync(r => r.Name == name, ct))
                {
                    return (int?)null;
                }

                var messages = await announce(ct);
                db.Set<AnnouncementReplay>().Add(new AnnouncementReplay { Name = name, RanAt = clock.GetUtcNow(), Messages = messages });
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return messages;
            },
            cancellationToken);
    }

    /// <summary>
    /// Announces every row of <paramref name="rows"/> (its query on <paramref name="db"/>) as the
    /// message <paramref name="announcement"/> makes of it, once per database (<see cref="RunOnceAsync"/>), and logs how many.
    /// </summary>
    /// <returns>How many messages were written, or null when the replay had run already.</returns>
    public static async Task<int?> AnnounceOnceAsync<TRow, TMessage>(
        DbContext db,
        IOutbox outbox,
        string name,
        IQueryable<TRow> rows,
        Func<TRow, TMessage> announcement,
        TimeProvider clock,
        ILogger logger,
        CancellationToken cancellationToken)
        where TMessage : class
    {
        var announced = await RunOnceAsync(
            db,
            name,
            async ct =>
            {
                var all = await rows.ToListAsync(ct);
                foreach (var row in all)
                {
                    outbox.Add(announcement(row));
                }

                return all.Count;
            },
            clock,
            cancellationToken);
        if (announced is { } count)
        {
            logger.LogInformation("Replay {Replay}: {Count} existing {MessageType} announced again", name, count, typeof(TMessage).Name);
        }

        return announced;
    }
}
