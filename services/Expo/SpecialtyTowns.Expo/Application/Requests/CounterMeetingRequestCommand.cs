using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Requests;

public sealed record CounterMeetingRequestCommand(
    string? RequestId,
    Guid Id,
    Guid? ProposedSlotId,
    string? InterpreterLanguage,
    IReadOnlyList<Guid> AttendeeIds,
    string? Note) : IIdempotentCommand;
