using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Registration;

/// <summary>The slots in which the caller's registration cannot meet: the whole list, replacing the previous one.</summary>
public sealed record SetAvailabilityCommand(string? RequestId, Guid EventId, IReadOnlyList<Guid> UnavailableSlotIds, bool UnplaceMeetings) : IIdempotentCommand;
