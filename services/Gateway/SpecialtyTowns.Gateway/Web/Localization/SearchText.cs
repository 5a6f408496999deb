namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Texts of the search page and its suggestions. Chinese in Resources/Web/Localization/SearchText.resx, English in
/// SearchText.en.resx.
/// </summary>
public sealed class SearchText;
