using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>Book a meeting: a null slot or table means the first free one (an interpreter likewise, when the meeting needs one).</summary>
public sealed record BookMeetingCommand(string? RequestId, Guid EventId, Guid MeetingId, Guid? SlotId, Guid? TableId, Guid? InterpreterId) : IIdempotentCommand;
