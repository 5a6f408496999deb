using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Registration;

/// <summary>Approve or reject (<see cref="Approve"/>) the listed registrations, or every pending one.</summary>
public sealed record DecideParticipantsCommand(string? RequestId, Guid EventId, bool Approve, IReadOnlyList<Guid> ParticipantIds, bool AllPending, string? Note)
    : IIdempotentCommand;
