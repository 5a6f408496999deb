namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Texts of the expo meeting request pages: a participant's requests and notifications, and the organizer's
/// overview. Chinese in Resources/Web/Localization/RequestText.resx, English in RequestText.en.resx.
/// </summary>
public sealed class RequestText;
