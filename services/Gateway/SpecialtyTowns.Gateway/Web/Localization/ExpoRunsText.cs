namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>Texts of the organizer's scheduling page (runs, live progress, draft review, publish).</summary>
public sealed class ExpoRunsText;
