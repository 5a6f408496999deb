using System.Globalization;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Web.Forms;

/// <summary>One key-figure row of the profile form, as typed (the service judges every value).</summary>
public sealed class KeyFigureInput
{
    public string? Metric { get; set; }

    public string? Value { get; set; }

    public string? Unit { get; set; }

    /// <summary>Empty where the source does not say.</summary>
    public string? Year { get; set; }

    public string? Source { get; set; }

    public string? Quote { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Metric) && string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Year)
        && string.IsNullOrWhiteSpace(Source) && string.IsNullOrWhiteSpace(Quote);

    public static KeyFigureInput From(KeyFigure figure) => new()
    {
        Metric = figure.Metric,
        Value = figure.Value,
        Unit = figure.Unit,
        Year = figure.Year == 0 ? null : figure.Year.ToString(CultureInfo.InvariantCulture),
        Source = figure.Source,
        Quote = figure.Quote,
    };

    // A year that is not a whole number goes out as -1, which Towns refuses at this row's year.
    public KeyFigure ToMessage() => new()
    {
        Metric = Metric?.Trim() ?? string.Empty,
        Value = Value?.Trim() ?? string.Empty,
        Unit = Unit ?? string.Empty,
        Year = string.IsNullOrWhiteSpace(Year) ? 0 : int.TryParse(Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : -1,
        Source = Source?.Trim() ?? string.Empty,
        Quote = Quote?.Trim() ?? string.Empty,
    };
}
