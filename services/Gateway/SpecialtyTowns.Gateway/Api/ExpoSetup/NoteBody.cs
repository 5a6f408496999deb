namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>An optional note with a single decision.</summary>
public sealed record NoteBody(string? Note);
