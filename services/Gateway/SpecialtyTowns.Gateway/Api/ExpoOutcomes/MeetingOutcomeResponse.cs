namespace SpecialtyTowns.Gateway.Api.ExpoOutcomes;

/// <summary>The meeting as its party sees it, and the outcome it recorded (Recorded false until then).</summary>
public sealed record MeetingOutcomeResponse(
    string MeetingId,
    string EventId,
    string EventName,
    string TimeZone,
    string MeetingStatus,
    DateTimeOffset? StartsAt,
    string? TableLabel,
    string ParticipantId,
    IReadOnlyList<string> OtherParties,
    bool Recorded,
    bool Held,
    int? Rating,
    string? NextStep,
    string? Note,
    DateTimeOffset? RecordedAt)
{
    public static MeetingOutcomeResponse From(Expo.V1.MeetingOutcomeView v) => new(
        v.MeetingId,
        v.EventId,
        v.EventName,
        v.TimeZone,
        v.MeetingStatus,
        v.StartsAt?.ToDateTimeOffset(),
        v.TableLabel.Length == 0 ? null : v.TableLabel,
        v.ParticipantId,
        [.. v.OtherParties],
        v.Recorded,
        v.Held,
        v.Rating == 0 ? null : v.Rating,
        v.NextStep.Length == 0 ? null : v.NextStep,
        v.Note.Length == 0 ? null : v.Note,
        v.RecordedAt?.ToDateTimeOffset());
}
