namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Texts of the check-in desk and the badge page. Chinese in
/// Resources/Web/Localization/ExpoCheckInText.resx, English in ExpoCheckInText.en.resx.
/// </summary>
public sealed class ExpoCheckInText;
