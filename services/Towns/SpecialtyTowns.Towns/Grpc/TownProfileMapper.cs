using System.Globalization;
using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.Towns.Domain;

namespace SpecialtyTowns.Towns.Grpc;

/// <summary>Key figures and contacts between wire and domain, validated on the way in.</summary>
public static class TownProfileMapper
{
    public static readonly IReadOnlyList<string> Units = ["CNY", "people", "enterprises", "percent", "pieces", "tonnes", "mu", "square-metres"];

    public static IReadOnlyList<KeyFigure>? ToDomain(V1.KeyFigureList? list, RequestValidator validator)
    {
        if (list is null)
        {
            return null;
        }

        var figures = new List<KeyFigure>();
        for (var i = 0; i < list.Values.Count; i++)
        {
            var f = list.Values[i];
            var field = $"key_figures.values[{i}]";
            validator
                .Required($"{field}.metric", f.Metric, 60)
                .Must(decimal.TryParse(f.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value), $"{field}.value", "must be a decimal number")
                .Must(Units.Contains(f.Unit), $"{field}.unit", $"must be one of: {string.Join(", ", Units)}")
                .Must(f.Year == 0 || f.Year is >= 1949 and <= 2100, $"{field}.year", "must be a year (0 when the source does not say)")
                .Required($"{field}.source", f.Source, 300)
                .Optional($"{field}.quote", f.Quote, 1000);
            figures.Add(new KeyFigure(f.Metric.Trim(), value, f.Unit, f.Year == 0 ? null : f.Year, f.Source.Trim(), string.IsNullOrWhiteSpace(f.Quote) ? null : f.Quote.Trim()));
        }

        validator.Must(figures.Count <= 50, "key_figures.values", "at most 50 figures");
        return figures;
    }

    public static IReadOnlyList<TownContact>? ToDomain(V1.ContactList? list, RequestValidator validator)
    {
        if (list is null)
        {
            return null;
        }

        var contacts = new List<TownContact>();
        for (var i = 0; i < list.Values.Count; i++)
        {
            var c = list.Values[i];
            var field = $"contacts.values[{i}]";
            validator.Required($"{field}.name", c.Name, 100).Optional($"{field}.role", c.Role, 100)
                .Optional($"{field}.phone", c.Phone, 40).Phone($"{field}.phone", c.Phone)
                .Optional($"{field}.email", c.Email, 256).Email($"{field}.email", c.Email);
            contacts.Add(new TownContact(c.Name.Trim(), Blank(c.Role), Blank(c.Phone), Blank(c.Email)));
        }

        validator.Must(contacts.Count <= 20, "contacts.values", "at most 20 contacts");
        return contacts;
    }

    public static V1.KeyFigure ToMessage(KeyFigure f) => new()
    {
        Metric = f.Metric,
        Value = f.Value.ToString(CultureInfo.InvariantCulture),
        Unit = f.Unit,
        Year = f.Year ?? 0,
        Source = f.Source,
        Quote = f.Quote ?? string.Empty,
    };

    public static V1.TownContact ToMessage(TownContact c) => new()
    {
        Name = c.Name,
        Role = c.Role ?? string.Empty,
        Phone = c.Phone ?? string.Empty,
        Email = c.Email ?? string.Empty,
    };

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
