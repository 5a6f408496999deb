namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>An event's whole set-up, for its organizer.</summary>
public sealed record SetupResponse(string EventId, string Name, string StartsOn, string EndsOn, SettingsResponse Settings, IReadOnlyList<HallResponse> Halls, IReadOnlyList<TableResponse> Tables, IReadOnlyList<SessionResponse> Sessions, IReadOnlyList<SlotResponse> Slots, IReadOnlyList<InterpreterResponse> Interpreters, int ParticipantsPending, int ParticipantsApproved);
