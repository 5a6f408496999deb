using Microsoft.Extensions.Localization;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Labels of the services' enums and stable keys (category, level, project status, cooperation
/// mode, figure unit and metric) from PublicText. A key the texts do not know yet is shown as
/// it is, so a value added to a service later is never hidden.
/// </summary>
public static class PublicLabels
{
    public static readonly IReadOnlyList<string> Statuses = ["draft", "published", "negotiating", "signed", "landed", "withdrawn"];

    public static readonly IReadOnlyList<string> CooperationModes =
        ["equity", "joint-venture", "sole-ownership", "lease", "epc", "ppp", "cooperation", "technology-licensing"];

    public static readonly IReadOnlyList<string> Units = ["people", "enterprises", "percent", "pieces", "tonnes", "mu", "square-metres"];

    public static string Category(IStringLocalizer<PublicText> text, TownCategory category) =>
        text["Category." + (Enum.IsDefined(category) ? category : TownCategory.Unspecified)];

    public static string Level(IStringLocalizer<PublicText> text, TownLevel level) =>
        text["Level." + (Enum.IsDefined(level) ? level : TownLevel.Unspecified)];

    public static string Status(IStringLocalizer<PublicText> text, string status) => Lookup(text, "Status." + status, status);

    public static string CooperationMode(IStringLocalizer<PublicText> text, string mode) => Lookup(text, "Mode." + mode, mode);

    public static string Unit(IStringLocalizer<PublicText> text, string unit) => Lookup(text, "Unit." + unit, unit);

    public static string Metric(IStringLocalizer<PublicText> text, string metric) => Lookup(text, "Metric." + metric, metric);

    private static string Lookup(IStringLocalizer text, string key, string asGiven)
    {
        var label = text[key];
        return label.ResourceNotFound ? asGiven : label.Value;
    }
}
