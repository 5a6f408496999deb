namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Labels and messages shared by every page (layout, navigation, errors). Chinese in
/// Resources/Web/Localization/CommonText.resx (the neutral culture is zh-CN), English in CommonText.en.resx.
/// </summary>
public sealed class CommonText;
