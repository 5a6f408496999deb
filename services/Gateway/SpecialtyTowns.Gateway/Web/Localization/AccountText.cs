namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>Texts of the account pages: sign up, sign in, approvals.</summary>
public sealed class AccountText;
