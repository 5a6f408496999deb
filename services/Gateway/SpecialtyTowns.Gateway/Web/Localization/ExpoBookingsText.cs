namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Texts of the expo timetable page (by table and slot, by participant, CSV export, print). Chinese in
/// Resources/Web/Localization/ExpoBookingsText.resx, English in ExpoBookingsText.en.resx.
/// </summary>
public sealed class ExpoBookingsText;
