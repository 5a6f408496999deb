namespace SpecialtyTowns.Expo.Domain.Requests;

/// <summary>
/// A participant asks one or more other participants (a delegation meeting when more than one)
/// to meet, with a message and optionally a project or gap it is about. Its terms (a proposed
/// slot, the attendees, an interpreter's language) can be counter-proposed by any party, which
/// asks every other party again. Only when every party accepted the current terms does it become
/// a meeting (<see cref="MeetingId"/>); until then it holds no slot.
/// </summary>
public sealed class MeetingRequest
{
    private MeetingRequest()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid FromParticipantId { get; private set; }

    public string? Message { get; private set; }

    public Guid? ProjectId { get; private set; }

    public Guid? GapId { get; private set; }

    /// <summary>One of <see cref="RequestStatuses"/>.</summary>
    public string Status { get; private set; } = RequestStatuses.Pending;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When the parties who had not answered were reminded that it expires soon.</summary>
    public DateTimeOffset? RemindedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Current terms: a slot proposed by the sender or a counter-proposal (the scheduler may still choose another when null).</summary>
    public Guid? ProposedSlotId { get; private set; }

    /// <summary>Current terms: the language an interpreter must speak, when the parties share none.</summary>
    public string? InterpreterLanguage { get; private set; }

    /// <summary>Current terms: the attendees (of any party) named for the meeting; empty means each party decides.</summary>
    public List<Guid> AttendeeIds { get; private set; } = [];

    /// <summary>Raised by each counter-proposal.</summary>
    public int Round { get; private set; }

    /// <summary>The party whose counter-proposal the current terms are (null: the sender's original terms).</summary>
    public Guid? CounteredBy { get; private set; }

    public string? CounterNote { get; private set; }

    public Guid? MeetingId { get; private set; }

    /// <summary>"participant", or "match" for a request from a recommendation (<see cref="SourceId"/> is then the feedback id).</summary>
    public string Source { get; private set; } = "participant";

    public Guid? SourceId { get; private set; }

    /// <summary>Optimistic concurrency: two answers to the same request never both count.</summary>
    public int Version { get; private set; }

    public List<MeetingRequestParty> Parties { get; private set; } = [];

    public static MeetingRequest Create(
        Guid eventId,
        Guid fromParticipantId,
        IReadOnlyCollection<Guid> toParticipantIds,
        string? message,
        Guid? projectId,
        Guid? gapId,
        Guid? proposedSlotId,
        string? interpreterLanguage,
        IEnumerable<Guid> attendeeIds,
        DateTimeOffset expiresAt,
        string source,
        Guid? sourceId,
        DateTimeOffset now)
    {
        var request = new MeetingRequest
        {
            Id = Guid.CreateVersion7(),
            EventId = eventId,
            FromParticipantId = fromParticipantId,
            Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(),
            ProjectId = projectId,
            GapId = gapId,
            CreatedAt = now,
            ExpiresAt = expiresAt,
            ProposedSlotId = proposedSlotId,
            InterpreterLanguage = string.IsNullOrWhiteSpace(interpreterLanguage) ? null : interpreterLanguage.Trim().ToLowerInvariant(),
            AttendeeIds = attendeeIds.Distinct().ToList(),
            Source = source,
            SourceId = sourceId,
        };
        request.Parties.Add(MeetingRequestParty.Of(request.Id, fromParticipantId, PartyResponses.Accepted, now));
        request.Parties.AddRange(toParticipantIds.Select(p => MeetingRequestParty.Of(request.Id, p, PartyResponses.Pending, null)));
        return request;
    }

    public IEnumerable<Guid> PartyIds => Parties.Select(p => p.ParticipantId);

    public bool AllAccepted => Parties.All(p => p.Response == PartyResponses.Accepted);

    /// <summary>For the use cases that change the request's state (each in its own rules).</summary>
    public void Close(string status, DateTimeOffset now)
    {
        Status = status;
        ClosedAt = now;
        Version++;
    }

    public void Counter(Guid byParticipantId, Guid? proposedSlotId, string? interpreterLanguage, IEnumerable<Guid> attendeeIds, string? note, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        ProposedSlotId = proposedSlotId;
        InterpreterLanguage = string.IsNullOrWhiteSpace(interpreterLanguage) ? null : interpreterLanguage.Trim().ToLowerInvariant();
        AttendeeIds = attendeeIds.Distinct().ToList();
        CounteredBy = byParticipantId;
        CounterNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ExpiresAt = expiresAt;
        RemindedAt = null;
        Round++;
        Version++;
        foreach (var party in Parties)
        {
            if (party.ParticipantId == byParticipantId)
            {
                party.Answer(PartyResponses.Accepted, null, now);
            }
            else
            {
                party.AskAgain();
            }
        }
    }

    public void Touch() => Version++;

    public void MarkReminded(DateTimeOffset now) => RemindedAt = now;

    public void BecameMeeting(Guid meetingId, DateTimeOffset now)
    {
        MeetingId = meetingId;
        Close(RequestStatuses.Accepted, now);
    }
}
