namespace SpecialtyTowns.Gateway.Api.ExpoBookings;

/// <summary>The meeting to book; leave <c>slotId</c> or <c>tableId</c> out for the first free one (the interpreter likewise, when it needs one).</summary>
public sealed record BookingBody(string? MeetingId, string? SlotId, string? TableId, string? InterpreterId);
