using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Expo.Application.Runs;
using SpecialtyTowns.Expo.V1;
using DomainRun = SpecialtyTowns.Expo.Domain.Scheduling.ScheduleRun;

namespace SpecialtyTowns.Expo.Grpc.Runs;

/// <summary>Runs and their drafts as messages.</summary>
public static class ScheduleRunMapper
{
    public static ScheduleRunView ToView(DomainRun run, DraftReview? review, bool withProgress = true)
    {
        var view = new ScheduleRunView
        {
            Id = run.Id.ToString(),
            EventId = run.EventId.ToString(),
            Status = run.Status,
            RequestedAt = Timestamp.FromDateTimeOffset(run.RequestedAt),
            StartedAt = Stamp(run.StartedAt),
            HeartbeatAt = Stamp(run.HeartbeatAt),
            FinishedAt = Stamp(run.FinishedAt),
            PublishedAt = Stamp(run.PublishedAt),
            TimeLimitSeconds = run.TimeLimitSeconds,
            Attempts = run.Attempts,
            Error = run.Error ?? string.Empty,
        };
        if (withProgress)
        {
            view.Progress.AddRange(RunJson.Progress(run.Progress).Select(p => new ScheduleProgressPoint
            {
                ElapsedMs = p.ElapsedMs,
                BestWeight = p.BestWeight,
                Bound = p.Bound,
                Phase = p.Phase,
            }));
        }

        if (review is not null)
        {
            view.Draft = ToDraft(review);
        }

        return view;
    }

    private static ScheduleDraft ToDraft(DraftReview review)
    {
        var stats = review.Data.Schedule.Stats;
        return new ScheduleDraft
        {
            Meetings = review.Data.Meetings,
            Scheduled = stats.ScheduledMeetings,
            Unscheduled = review.Unscheduled.Count,
            ScheduledWeight = stats.ScheduledWeight,
            UpperBound = stats.UpperBound,
            Optimal = stats.Optimal,
            IdleSlots = stats.IdleSlots,
            Moved = stats.Moved ?? 0,
            Dropped = stats.Dropped ?? 0,
            Seconds = stats.Seconds,
            NewlyPlaced = review.NewlyPlaced,
            Stale = review.Stale,
            UnscheduledMeetings = { review.Unscheduled.Select(ToMessage) },
            Changes = { review.Changes.Select(ToMessage) },
        };
    }

    private static DraftMeeting ToMessage(DraftItem item)
    {
        var message = new DraftMeeting { MeetingId = item.MeetingId.ToString(), Change = item.Change, Reason = item.Reason, PartyNames = { item.PartyNames } };
        if (item.From is { } from)
        {
            message.From = ToMessage(from);
        }

        if (item.To is { } to)
        {
            message.To = ToMessage(to);
        }

        return message;
    }

    private static V1.DraftPlace ToMessage(Application.Runs.DraftPlace place) => new()
    {
        SlotId = place.SlotId.ToString(),
        StartsAt = Stamp(place.StartsAt),
        TableId = place.TableId.ToString(),
        TableLabel = place.TableLabel ?? string.Empty,
    };

    private static Timestamp? Stamp(DateTimeOffset? value) => value is { } at ? Timestamp.FromDateTimeOffset(at) : null;
}
