namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>Texts of the live figures dashboard and the province view.</summary>
public sealed class ExpoFiguresText;
