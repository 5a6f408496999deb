namespace SpecialtyTowns.Expo.Domain.Outcomes;

/// <summary>
/// What one party says happened in a meeting: held or not, a rating and the next step. A party
/// may correct it; each real change is published, and Leads applies a held meeting to the lead
/// once per meeting (its inbox), advancing but never moving a lead back.
/// </summary>
public sealed class MeetingOutcome
{
    private MeetingOutcome()
    {
    }

    public Guid MeetingId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public Guid EventId { get; private set; }

    public bool Held { get; private set; }

    /// <summary>1 to 5; null when not held or not given.</summary>
    public int? Rating { get; private set; }

    /// <summary>One of <see cref="NextSteps"/>.</summary>
    public string NextStep { get; private set; } = NextSteps.None;

    public string? Note { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }

    public int Version { get; private set; }

    public static MeetingOutcome Record(Guid eventId, Guid meetingId, Guid participantId, bool held, int? rating, string nextStep, string? note, string recordedBy, DateTimeOffset now) => new()
    {
        EventId = eventId,
        MeetingId = meetingId,
        ParticipantId = participantId,
        Held = held,
        Rating = rating,
        NextStep = nextStep,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        RecordedBy = recordedBy,
        RecordedAt = now,
        Version = 1,
    };

    /// <summary>Changes the outcome; false (and nothing changed) when it says the same.</summary>
    public bool Change(bool held, int? rating, string nextStep, string? note, string recordedBy, DateTimeOffset now)
    {
        var cleanNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (Held == held && Rating == rating && NextStep == nextStep && Note == cleanNote)
        {
            return false;
        }

        Held = held;
        Rating = rating;
        NextStep = nextStep;
        Note = cleanNote;
        RecordedBy = recordedBy;
        RecordedAt = now;
        Version++;
        return true;
    }
}
