using SpecialtyTowns.Expo.Application.Registration;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc.Setup;

/// <summary>Registration requests checked field by field and turned into commands.</summary>
public static class RegistrationRequests
{
    public static RegisterCommand ToCommand(RegisterRequest request)
    {
        var validator = new RequestValidator().RequestId(request.RequestId).Guid("event_id", request.EventId)
            .Must(ParticipantKinds.All.Contains(request.Kind), "kind", "must be investor, town or enterprise")
            .Required("name", request.Name, 200)
            .Optional("name_en", request.NameEn, 300)
            .Items("languages", request.Languages, 10, 10)
            .Must(request.Seats is >= 0 and <= SetupLimits.MaxParticipantSeats, "seats", $"must be between 1 and {SetupLimits.MaxParticipantSeats} (0: one per attendee)")
            .Must(request.Seats > 0 || request.Attendees.Count <= SetupLimits.MaxParticipantSeats, "attendees", $"more than {SetupLimits.MaxParticipantSeats} attendees need seats set")
            .Must(!request.HasMaxMeetings || request.MaxMeetings is >= 0 and <= SetupLimits.MaxMeetings, "max_meetings", $"must be between 0 and {SetupLimits.MaxMeetings}")
            .Must(request.Attendees.Count <= SetupLimits.MaxAttendees, "attendees", $"at most {SetupLimits.MaxAttendees} attendees")
            .Guid("organisation_id", request.OrganisationId, required: false);
        for (var i = 0; i < request.Attendees.Count; i++)
        {
            var attendee = request.Attendees[i];
            validator.Guid($"attendees[{i}].id", attendee.Id, required: false)
                .Required($"attendees[{i}].name", attendee.Name, 100)
                .Optional($"attendees[{i}].title", attendee.Title, 100)
                .Guid($"attendees[{i}].enterprise_id", attendee.EnterpriseId, required: false)
                .Items($"attendees[{i}].languages", attendee.Languages, 10, 10);
        }

        validator.ThrowIfInvalid();
        return new RegisterCommand(
            Guid.Parse(request.EventId),
            request.Kind,
            request.Name,
            request.NameEn,
            [.. request.Languages],
            request.Seats,
            request.HasMaxMeetings ? request.MaxMeetings : null,
            request.Attendees.Select(a => new NewAttendee(OptionalGuid(a.Id), a.Name, a.Title, OptionalGuid(a.EnterpriseId), [.. a.Languages])).ToList(),
            OptionalGuid(request.OrganisationId));
    }

    public static DecideParticipantsCommand ToCommand(DecideParticipantsRequest request)
    {
        var validator = SetupRequests.Start(request.RequestId, request.EventId)
            .Must(request.Decision is "approve" or "reject", "decision", "must be approve or reject")
            .Must(request.AllPending || request.ParticipantIds.Count > 0, "all_pending", "must be set, or participant_ids must name at least one registration")
            .Must(!request.AllPending || request.ParticipantIds.Count == 0, "all_pending", "cannot be combined with participant_ids")
            .Must(request.ParticipantIds.Count <= SetupLimits.MaxDecisionsPerCall, "participant_ids", $"at most {SetupLimits.MaxDecisionsPerCall} at once")
            .Optional("note", request.Note, 500);
        for (var i = 0; i < request.ParticipantIds.Count && i < SetupLimits.MaxDecisionsPerCall; i++)
        {
            validator.Guid($"participant_ids[{i}]", request.ParticipantIds[i]);
        }

        validator.ThrowIfInvalid();
        return new DecideParticipantsCommand(request.RequestId, Guid.Parse(request.EventId), request.Decision == "approve", request.ParticipantIds.Select(Guid.Parse).ToList(), request.AllPending, request.Note);
    }

    public static SetAvailabilityCommand ToCommand(SetAvailabilityRequest request)
    {
        var validator = SetupRequests.Start(request.RequestId, request.EventId)
            .Must(request.UnavailableSlotIds.Count <= 2000, "unavailable_slot_ids", "at most 2000 slots");
        for (var i = 0; i < request.UnavailableSlotIds.Count && i < 2000; i++)
        {
            validator.Guid($"unavailable_slot_ids[{i}]", request.UnavailableSlotIds[i]);
        }

        validator.ThrowIfInvalid();
        return new SetAvailabilityCommand(request.RequestId, Guid.Parse(request.EventId), request.UnavailableSlotIds.Select(Guid.Parse).ToList(), request.UnplaceMeetings);
    }

    public static Guid? OptionalGuid(string value) => string.IsNullOrEmpty(value) ? null : Guid.Parse(value);
}
