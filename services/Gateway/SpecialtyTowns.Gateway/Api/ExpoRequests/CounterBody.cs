namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

/// <summary>Other terms: a slot, an interpreter's language, the attendees, and a note for the other parties.</summary>
public sealed record CounterBody(string? ProposedSlotId, string? InterpreterLanguage, IReadOnlyList<string>? AttendeeIds, string? Note);
