using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Requests;

public sealed record SendMeetingRequestCommand(
    string? RequestId,
    Guid EventId,
    IReadOnlyList<Guid> ToParticipantIds,
    string? Message,
    Guid? ProjectId,
    Guid? GapId,
    Guid? ProposedSlotId,
    string? InterpreterLanguage,
    IReadOnlyList<Guid> AttendeeIds) : IIdempotentCommand;
