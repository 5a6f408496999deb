using SpecialtyTowns.Expo.Domain;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>One event of the caller's list: whether the caller runs it, and its own registration's status (or null).</summary>
public sealed record MyEventItem(ExpoEvent Event, bool Managed, string? RegistrationStatus);
