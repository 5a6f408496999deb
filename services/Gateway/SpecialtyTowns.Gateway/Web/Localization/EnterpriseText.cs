namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>Texts of the enterprise pages: the public enterprise page and the profile editor.</summary>
public sealed class EnterpriseText;
