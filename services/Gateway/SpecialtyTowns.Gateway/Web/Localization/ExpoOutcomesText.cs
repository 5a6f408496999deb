namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Texts of the one-tap meeting outcome page. Chinese in Resources/Web/Localization/ExpoOutcomesText.resx,
/// English in ExpoOutcomesText.en.resx.
/// </summary>
public sealed class ExpoOutcomesText;
