using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>The party of the meeting that did not come.</summary>
public sealed record ConfirmNoShowCommand(string? RequestId, Guid MeetingId, Guid ParticipantId) : IIdempotentCommand;
