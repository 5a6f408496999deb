using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>Moves a slot to new instants, or deletes it when <see cref="StartsAt"/> is null.</summary>
public sealed record ChangeSlotCommand(string? RequestId, Guid EventId, Guid SlotId, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, bool UnplaceMeetings) : IIdempotentCommand;
