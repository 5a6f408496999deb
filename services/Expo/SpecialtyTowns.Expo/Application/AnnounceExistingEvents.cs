using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.Messaging.Replay;

namespace SpecialtyTowns.Expo.Application;

/// <summary>
/// Announces every expo event again (ExpoEventScheduled, as it now is), once per database, at
/// start-up: Leads' directory of events (meeting requests from recommendations) came after the
/// events of existing databases were announced, and fills only from events. Leads takes the last
/// one delivered, which is the event as it is now.
/// </summary>
public sealed class AnnounceExistingEvents(ExpoDbContext db, IOutbox outbox, TimeProvider clock, ILogger<AnnounceExistingEvents> logger)
{
    /// <summary>Raise the version when a new consumer needs the events replayed again.</summary>
    public const string Replay = "expo-event-scheduled-v1";

    /// <returns>How many events were announced, or null when this database had its replay.</returns>
    public Task<int?> ExecuteAsync(CancellationToken cancellationToken) => AnnouncementReplays.AnnounceOnceAsync(
        db, outbox, Replay, db.Events.AsNoTracking().OrderBy(e => e.StartsOn), EventAnnouncement.Of, clock, logger, cancellationToken);
}
