using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>Tells every party of a placed, moved, re-interpreted or unscheduled meeting (inbox) and publishes each change (outbox), in the publish's unit of work.</summary>
public sealed class PublishedChanges(ExpoDbContext db, Notifier notifier, IOutbox outbox, TimeProvider clock)
{
    public const string Placed = "placed";
    public const string Moved = "moved";
    public const string Replaced = "replaced";
    public const string Unscheduled = "unscheduled";

    public async Task RecordAsync(PublishOutcome outcome, CancellationToken cancellationToken)
    {
        var eventId = outcome.Run.EventId;
        var slots = await db.Slots.AsNoTracking().Where(s => s.EventId == eventId).ToDictionaryAsync(s => s.Id, s => s.StartsAt, cancellationToken);
        var tables = await db.Tables.AsNoTracking().Where(t => t.EventId == eventId).ToDictionaryAsync(t => t.Id, t => t.Label, cancellationToken);
        var reasons = (outcome.Draft.Schedule.Changes ?? []).Select(c => (c.Meeting, c.Reason))
            .Concat(outcome.Draft.Excluded.Select(e => (e.Meeting, e.Reason)))
            .GroupBy(r => r.Meeting, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Reason, StringComparer.Ordinal);

        void Record(Meeting meeting, string change, string kind)
        {
            var reason = change == Placed ? null : reasons.GetValueOrDefault(meeting.Id.ToString());
            DateTimeOffset? startsAt = meeting.SlotId is { } slot && slots.TryGetValue(slot, out var start) ? start : null;
            var data = new Dictionary<string, string> { ["runId"] = outcome.Run.Id.ToString() };
            if (startsAt is { } at)
            {
                data["startsAt"] = at.ToString("O", CultureInfo.InvariantCulture);
            }

            if (meeting.TableId is { } table && tables.TryGetValue(table, out var label))
            {
                data["table"] = label;
            }

            if (reason is not null)
            {
                data["reason"] = reason;
            }

            notifier.Notify(eventId, meeting.PartyIds, kind, meeting.RequestId, meeting.Id, data);
            outbox.Add(new ScheduledMeetingChanged(meeting.Id, eventId, outcome.Run.Id, change, meeting.SlotId, meeting.TableId, startsAt, [.. meeting.PartyIds], reason, meeting.InterpreterId));
        }

        outcome.Placed.ForEach(m => Record(m, Placed, NotificationKinds.MeetingScheduled));
        outcome.Moved.ForEach(m => Record(m, Moved, NotificationKinds.MeetingMoved));
        outcome.Replaced.ForEach(m => Record(m, Replaced, NotificationKinds.MeetingInterpreterChanged));
        outcome.Unscheduled.ForEach(m => Record(m, Unscheduled, NotificationKinds.MeetingUnscheduled));
        outbox.Add(new SchedulePublished(eventId, outcome.Run.Id, outcome.Placed.Count, outcome.Moved.Count, outcome.Unscheduled.Count, clock.GetUtcNow()));
    }
}
