namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>Texts of the funnel and figures page and the leads export.</summary>
public sealed class FunnelText;
