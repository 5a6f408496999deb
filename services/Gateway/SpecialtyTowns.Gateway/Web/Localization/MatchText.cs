namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Texts of the matching pages: the investor's recommendations and the town's (or enterprise's) recommended
/// investors, with both sides' reasons and the feedback buttons. Chinese in MatchText.resx, English in MatchText.en.resx.
/// </summary>
public sealed class MatchText;
