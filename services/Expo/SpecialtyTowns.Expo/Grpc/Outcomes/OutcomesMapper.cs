using Google.Protobuf.WellKnownTypes;

namespace SpecialtyTowns.Expo.Grpc.Outcomes;

/// <summary>A party's view of its meeting's outcome as a proto message (absent values empty).</summary>
public static class OutcomesMapper
{
    public static V1.MeetingOutcomeView ToMessage(Application.Outcomes.MeetingOutcomeView view)
    {
        var meeting = view.Meeting;
        var outcome = view.Outcome;
        var message = new V1.MeetingOutcomeView
        {
            MeetingId = meeting.Meeting.Id.ToString(),
            EventId = meeting.Event.Id.ToString(),
            EventName = meeting.Event.Name,
            TimeZone = meeting.Event.TimeZone,
            MeetingStatus = meeting.Meeting.Status,
            StartsAt = meeting.Slot is { } slot ? Timestamp.FromDateTimeOffset(slot.StartsAt) : null,
            TableLabel = meeting.Table?.Label ?? string.Empty,
            ParticipantId = meeting.ParticipantId.ToString(),
            Recorded = outcome is not null,
            Held = outcome?.Held ?? false,
            Rating = outcome?.Rating ?? 0,
            NextStep = outcome?.NextStep ?? string.Empty,
            Note = outcome?.Note ?? string.Empty,
            RecordedAt = outcome is null ? null : Timestamp.FromDateTimeOffset(outcome.RecordedAt),
        };
        message.OtherParties.AddRange(view.OtherParties);
        return message;
    }
}
