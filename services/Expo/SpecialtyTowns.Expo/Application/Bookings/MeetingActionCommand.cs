using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>Unbook or cancel a meeting; the reason is kept for a cancellation only.</summary>
public sealed record MeetingActionCommand(string? RequestId, Guid MeetingId, string? Reason) : IIdempotentCommand;
