namespace SpecialtyTowns.Gateway.Api.ExpoBookings;

/// <summary>An event's placed meetings with the slots, tables and parties they name; times in UTC, shown in <c>timeZone</c>.</summary>
public sealed record TimetableResponse(
    string EventId,
    string TimeZone,
    IReadOnlyList<TimetableSlotResponse> Slots,
    IReadOnlyList<TimetableTableResponse> Tables,
    IReadOnlyList<TimetableParticipantResponse> Participants,
    IReadOnlyList<TimetableMeetingResponse> Meetings);
