namespace SpecialtyTowns.DemoData;

/// <summary>Where and as whom to load; <see cref="Password"/> is every demo account's password.</summary>
public sealed record DemoLoadOptions(
    Uri Gateway,
    string File,
    string AdminEmail,
    string AdminPassword,
    string Password,
    TimeSpan ReadyTimeout);
