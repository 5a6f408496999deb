namespace SpecialtyTowns.Gateway.Api.Auth;

/// <summary>
/// A new account. <c>role</c>: investor, town (with <c>townId</c>), enterprise (with
/// <c>enterpriseId</c>) or organizer. Investors act at once; the others after approval.
/// </summary>
public sealed record RegisterBody(string? Email, string? Password, string? Role, Guid? TownId, Guid? EnterpriseId);
