namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>Texts of the investor's pages: the organisation profile with its completeness, and "my leads".</summary>
public sealed class InvestorText;
