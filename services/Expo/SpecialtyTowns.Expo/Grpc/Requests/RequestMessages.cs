using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Expo.Application.Requests;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Validation;
using MeetingRequestMessage = SpecialtyTowns.Expo.V1.MeetingRequest;
using MeetingRequestPartyMessage = SpecialtyTowns.Expo.V1.MeetingRequestParty;
using Participant = SpecialtyTowns.Expo.Domain.Participants.Participant;

namespace SpecialtyTowns.Expo.Grpc.Requests;

/// <summary>Proto ↔ commands and views of the requests service; ids are checked here, rules in the use cases.</summary>
public static class RequestMessages
{
    public const int MaxAttendees = 40;

    public static SendMeetingRequestCommand ToCommand(SendMeetingRequestRequest request)
    {
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("event_id", request.EventId)
            .Must(request.ToParticipantIds.Count > 0, RequestPolicy.RecipientsField, "name at least one participant to meet")
            .Must(request.ToParticipantIds.Count <= RequestPolicy.MaxRecipients, RequestPolicy.RecipientsField, $"at most {RequestPolicy.MaxRecipients} participants are allowed")
            .Optional("message", request.Message, RequestPolicy.MessageMaxLength)
            .Guid("project_id", request.ProjectId, required: false)
            .Guid("gap_id", request.GapId, required: false)
            .Guid("proposed_slot_id", request.ProposedSlotId, required: false)
            .Optional("interpreter_language", request.InterpreterLanguage, 10)
            .GuidList(RequestPolicy.RecipientsField, request.ToParticipantIds, RequestPolicy.MaxRecipients)
            .GuidList("attendee_ids", request.AttendeeIds, MaxAttendees)
            .ThrowIfInvalid();
        return new SendMeetingRequestCommand(
            request.RequestId, Guid.Parse(request.EventId), [.. request.ToParticipantIds.Select(Guid.Parse)], request.Message,
            OptionalGuid(request.ProjectId), OptionalGuid(request.GapId), OptionalGuid(request.ProposedSlotId), request.InterpreterLanguage,
            [.. request.AttendeeIds.Select(Guid.Parse)]);
    }

    public static AnswerMeetingRequestCommand ToCommand(AnswerMeetingRequestRequest request)
    {
        new RequestValidator().RequestId(request.RequestId).Guid("id", request.Id).Optional("reason", request.Reason, RequestPolicy.ReasonMaxLength).ThrowIfInvalid();
        return new AnswerMeetingRequestCommand(request.RequestId, Guid.Parse(request.Id), request.Reason);
    }

    public static CounterMeetingRequestCommand ToCommand(CounterMeetingRequestRequest request)
    {
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("id", request.Id)
            .Guid("proposed_slot_id", request.ProposedSlotId, required: false)
            .Optional("interpreter_language", request.InterpreterLanguage, 10)
            .GuidList("attendee_ids", request.AttendeeIds, MaxAttendees)
            .Optional("note", request.Note, RequestPolicy.ReasonMaxLength)
            .ThrowIfInvalid();
        return new CounterMeetingRequestCommand(
            request.RequestId, Guid.Parse(request.Id), OptionalGuid(request.ProposedSlotId), request.InterpreterLanguage, [.. request.AttendeeIds.Select(Guid.Parse)], request.Note);
    }

    public static MeetingRequestMessage ToMessage(RequestView view)
    {
        var r = view.Request;
        var message = new MeetingRequestMessage
        {
            Id = r.Id.ToString(),
            EventId = r.EventId.ToString(),
            FromParticipantId = r.FromParticipantId.ToString(),
            Message = r.Message ?? string.Empty,
            ProjectId = r.ProjectId?.ToString() ?? string.Empty,
            GapId = r.GapId?.ToString() ?? string.Empty,
            Status = r.Status,
            CreatedAt = Timestamp.FromDateTimeOffset(r.CreatedAt),
            ExpiresAt = Timestamp.FromDateTimeOffset(r.ExpiresAt),
            ClosedAt = r.ClosedAt is { } closed ? Timestamp.FromDateTimeOffset(closed) : null,
            ProposedSlotId = r.ProposedSlotId?.ToString() ?? string.Empty,
            InterpreterLanguage = r.InterpreterLanguage ?? string.Empty,
            Round = r.Round,
            CounteredBy = r.CounteredBy?.ToString() ?? string.Empty,
            CounterNote = r.CounterNote ?? string.Empty,
            MeetingId = r.MeetingId?.ToString() ?? string.Empty,
            Source = r.Source,
            Version = r.Version,
        };
        message.AttendeeIds.AddRange(r.AttendeeIds.Select(a => a.ToString()));
        message.Parties.AddRange(r.Parties.OrderBy(p => p.ParticipantId != r.FromParticipantId).Select(p => new MeetingRequestPartyMessage
        {
            ParticipantId = p.ParticipantId.ToString(),
            Name = view.Parties.TryGetValue(p.ParticipantId, out var party) ? party.Name : string.Empty,
            Kind = party?.Kind ?? string.Empty,
            Response = p.Response,
            Reason = p.Reason ?? string.Empty,
            RespondedAt = p.RespondedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        }));
        return message;
    }

    public static RequestableParticipant ToMessage(Participant participant)
    {
        var message = new RequestableParticipant
        {
            Id = participant.Id.ToString(),
            Kind = participant.Kind,
            Name = participant.Name,
            NameEn = participant.NameEn ?? string.Empty,
        };
        message.Languages.AddRange(participant.Languages);
        return message;
    }

    public static Notification ToMessage(ParticipantNotification notification)
    {
        var message = new Notification
        {
            Id = notification.Id.ToString(),
            Kind = notification.Kind,
            RequestId = notification.RequestId?.ToString() ?? string.Empty,
            MeetingId = notification.MeetingId?.ToString() ?? string.Empty,
            CreatedAt = Timestamp.FromDateTimeOffset(notification.CreatedAt),
            ReadAt = notification.ReadAt is { } read ? Timestamp.FromDateTimeOffset(read) : null,
        };
        message.Data.Add(notification.Data);
        return message;
    }

    public static Guid? OptionalGuid(string value) => string.IsNullOrEmpty(value) ? null : Guid.Parse(value);

    private static RequestValidator GuidList(this RequestValidator validator, string field, IReadOnlyList<string> values, int maxCount)
    {
        for (var i = 0; i < Math.Min(values.Count, maxCount); i++)
        {
            validator.Guid($"{field}[{i}]", values[i]);
        }

        return validator.Must(values.Count <= maxCount, field, $"at most {maxCount} are allowed");
    }
}
