namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Texts of the hall board and the standby offer page. Chinese in
/// Resources/Web/Localization/ExpoStandbyText.resx, English in ExpoStandbyText.en.resx.
/// </summary>
public sealed class ExpoStandbyText;
