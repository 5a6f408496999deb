namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>An interpreter and the languages (besides Chinese) it speaks.</summary>
public sealed record InterpreterBody(string? Name, IReadOnlyList<string>? Languages);
