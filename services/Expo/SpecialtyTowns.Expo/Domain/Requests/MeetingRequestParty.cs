namespace SpecialtyTowns.Expo.Domain.Requests;

/// <summary>A party to a request (the sender included, who accepts its own terms by sending them).</summary>
public sealed class MeetingRequestParty
{
    private MeetingRequestParty()
    {
    }

    public Guid RequestId { get; private set; }

    public Guid ParticipantId { get; private set; }

    /// <summary>One of <see cref="PartyResponses"/>.</summary>
    public string Response { get; private set; } = PartyResponses.Pending;

    /// <summary>A decline's reason.</summary>
    public string? Reason { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public static MeetingRequestParty Of(Guid requestId, Guid participantId, string response, DateTimeOffset? respondedAt) => new()
    {
        RequestId = requestId,
        ParticipantId = participantId,
        Response = response,
        RespondedAt = respondedAt,
    };

    public void Answer(string response, string? reason, DateTimeOffset now)
    {
        Response = response;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        RespondedAt = now;
    }

    /// <summary>New terms were proposed: this party is asked again.</summary>
    public void AskAgain()
    {
        Response = PartyResponses.Pending;
        Reason = null;
        RespondedAt = null;
    }
}
