namespace SpecialtyTowns.Enterprises.Domain;

/// <summary>A person to contact at an enterprise; shown to signed-in accounts only.</summary>
public sealed record EnterpriseContact(string Name, string? Role, string? Phone, string? Email);
