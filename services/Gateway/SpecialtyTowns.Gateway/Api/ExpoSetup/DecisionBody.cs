namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>Approve or reject many registrations at once (decision approve|reject), or every pending one (allPending).</summary>
public sealed record DecisionBody(string? Decision, IReadOnlyList<string>? ParticipantIds, bool? AllPending, string? Note);
