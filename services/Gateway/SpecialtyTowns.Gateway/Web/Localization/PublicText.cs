namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>Texts of the public pages: the towns on the home page, a town's page, a project's page.</summary>
public sealed class PublicText;
