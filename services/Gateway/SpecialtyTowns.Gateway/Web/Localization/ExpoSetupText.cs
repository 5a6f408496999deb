namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Texts of the expo set-up pages: the organizer's event set-up and registrations to approve, and a
/// participant's registration. Chinese in Resources/Web/Localization/ExpoSetupText.resx, English in ExpoSetupText.en.resx.
/// </summary>
public sealed class ExpoSetupText;
