namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Texts of the participant's agenda page and its calendar feed. Chinese in
/// Resources/Web/Localization/ExpoAgendaText.resx, English in ExpoAgendaText.en.resx.
/// </summary>
public sealed class ExpoAgendaText;
