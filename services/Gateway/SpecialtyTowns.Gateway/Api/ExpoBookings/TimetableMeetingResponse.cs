namespace SpecialtyTowns.Gateway.Api.ExpoBookings;

public sealed record TimetableMeetingResponse(string Id, string SlotId, string TableId, IReadOnlyList<string> ParticipantIds, string? Interpreter, string? InterpreterLanguage, bool Locked, string? PlacedBy);
