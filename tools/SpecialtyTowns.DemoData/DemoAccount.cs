namespace SpecialtyTowns.DemoData;

/// <summary>An account to register (and approve when its role needs it); <c>town</c> names a seed town for a town account.</summary>
public sealed record DemoAccount(string Key, string Email, string Role, string? Town = null);
