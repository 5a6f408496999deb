namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Texts of the deal pages: the deals list, a deal with its funds arrived (到资) and the form recording a part,
/// and the deals overdue to start. Chinese in Resources/Web/Localization/DealText.resx, English in DealText.en.resx.
/// </summary>
public sealed class DealText;
