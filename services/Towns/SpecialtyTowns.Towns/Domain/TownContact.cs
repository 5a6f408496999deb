namespace SpecialtyTowns.Towns.Domain;

/// <summary>Whom investors talk to about a town (the investment-promotion office, say).</summary>
public sealed record TownContact(string Name, string? Role, string? Phone, string? Email);
