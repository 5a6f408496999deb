namespace SpecialtyTowns.Gateway.Api.Auth;

/// <summary>
/// What registration answers. It is the same whether or not the email already had an
/// account, so that registration cannot be used to find out who has one.
/// </summary>
public sealed record RegistrationResponse(string Email, string Role, string Status);
