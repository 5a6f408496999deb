using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Api.ExpoRuns;

/// <summary>Runs as REST responses.</summary>
public static class ScheduleRunResponses
{
    public static ScheduleRunResponse From(ScheduleRunView run) => new(
        Guid.Parse(run.Id),
        Guid.Parse(run.EventId),
        run.Status,
        run.RequestedAt.ToDateTimeOffset(),
        Time(run.StartedAt),
        Time(run.HeartbeatAt),
        Time(run.FinishedAt),
        Time(run.PublishedAt),
        run.TimeLimitSeconds,
        run.Attempts,
        run.Error.Length == 0 ? null : run.Error,
        [.. run.Progress.Select(p => new ProgressPointResponse(p.ElapsedMs, p.BestWeight, p.Bound, p.Phase))],
        run.Draft is { } draft ? Draft(draft) : null);

    private static DraftResponse Draft(ScheduleDraft d) => new(
        d.Meetings,
        d.Scheduled,
        d.Unscheduled,
        d.NewlyPlaced,
        d.ScheduledWeight,
        d.UpperBound,
        d.Optimal,
        d.IdleSlots,
        d.Moved,
        d.Dropped,
        d.Seconds,
        d.Stale,
        [.. d.UnscheduledMeetings.Select(Meeting)],
        [.. d.Changes.Select(Meeting)]);

    private static DraftMeetingResponse Meeting(DraftMeeting m) =>
        new(Guid.Parse(m.MeetingId), [.. m.PartyNames], m.Change, m.Reason, Place(m.From), Place(m.To));

    private static DraftPlaceResponse? Place(Expo.V1.DraftPlace? place) => place is null
        ? null
        : new DraftPlaceResponse(Guid.Parse(place.SlotId), Time(place.StartsAt), Guid.Parse(place.TableId), place.TableLabel.Length == 0 ? null : place.TableLabel);

    private static DateTimeOffset? Time(Timestamp? value) => value?.ToDateTimeOffset();
}
