namespace SpecialtyTowns.ServiceDefaults.Validation;

/// <summary>One invalid field of a request: its name as the client spelled it, and why.</summary>
public sealed record FieldViolation(string Field, string Description);
