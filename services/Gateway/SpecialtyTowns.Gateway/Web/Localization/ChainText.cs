namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>Texts of the industrial chain: the town page's chain map and its lists, and the node editor.</summary>
public sealed class ChainText;
