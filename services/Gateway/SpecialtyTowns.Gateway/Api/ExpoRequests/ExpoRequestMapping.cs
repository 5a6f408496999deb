using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

/// <summary>JSON ↔ proto for meeting requests and notifications.</summary>
public static class ExpoRequestMapping
{
    public static SendMeetingRequestRequest ToRequest(Guid eventId, SendMeetingRequestBody body, string idempotencyKey)
    {
        var request = new SendMeetingRequestRequest
        {
            RequestId = idempotencyKey,
            EventId = eventId.ToString(),
            Message = body.Message ?? string.Empty,
            ProjectId = body.ProjectId ?? string.Empty,
            GapId = body.GapId ?? string.Empty,
            ProposedSlotId = body.ProposedSlotId ?? string.Empty,
            InterpreterLanguage = body.InterpreterLanguage ?? string.Empty,
        };
        request.ToParticipantIds.AddRange(body.ToParticipantIds ?? []);
        request.AttendeeIds.AddRange(body.AttendeeIds ?? []);
        return request;
    }

    public static CounterMeetingRequestRequest ToRequest(Guid id, CounterBody body, string idempotencyKey)
    {
        var request = new CounterMeetingRequestRequest
        {
            RequestId = idempotencyKey,
            Id = id.ToString(),
            ProposedSlotId = body.ProposedSlotId ?? string.Empty,
            InterpreterLanguage = body.InterpreterLanguage ?? string.Empty,
            Note = body.Note ?? string.Empty,
        };
        request.AttendeeIds.AddRange(body.AttendeeIds ?? []);
        return request;
    }

    public static MeetingRequestResponse ToResponse(MeetingRequest r) => new(
        r.Id,
        r.EventId,
        r.FromParticipantId,
        Empty(r.Message),
        Empty(r.ProjectId),
        Empty(r.GapId),
        r.Status,
        r.CreatedAt.ToDateTimeOffset(),
        r.ExpiresAt.ToDateTimeOffset(),
        r.ClosedAt?.ToDateTimeOffset(),
        Empty(r.ProposedSlotId),
        Empty(r.InterpreterLanguage),
        [.. r.AttendeeIds],
        r.Round,
        Empty(r.CounteredBy),
        Empty(r.CounterNote),
        Empty(r.MeetingId),
        r.Source,
        [.. r.Parties.Select(p => new RequestPartyResponse(p.ParticipantId, p.Name, p.Kind, p.Response, Empty(p.Reason), p.RespondedAt?.ToDateTimeOffset()))],
        r.Version);

    public static ParticipantSummaryResponse ToResponse(RequestableParticipant p) => new(p.Id, p.Kind, p.Name, Empty(p.NameEn), [.. p.Languages]);

    public static NotificationResponse ToResponse(Notification n) =>
        new(n.Id, n.Kind, Empty(n.RequestId), Empty(n.MeetingId), new Dictionary<string, string>(n.Data), n.CreatedAt.ToDateTimeOffset(), n.ReadAt?.ToDateTimeOffset());

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
