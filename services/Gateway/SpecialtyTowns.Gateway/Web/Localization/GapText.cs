namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Texts of the chain-gap pages: the gaps and enterprises search, a gap with who could fill it, the gap forms and the
/// gap workspace. Chinese in Resources/Web/Localization/GapText.resx, English in GapText.en.resx.
/// </summary>
public sealed class GapText;
