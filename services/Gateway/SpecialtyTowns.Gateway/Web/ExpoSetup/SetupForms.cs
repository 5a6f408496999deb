namespace SpecialtyTowns.Gateway.Web.ExpoSetup;

/// <summary>The posted fields of the set-up page's small forms (one model, each form posts the fields it shows).</summary>
public sealed class SetupForms
{
    public string RequestId { get; set; } = Guid.NewGuid().ToString();

    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public string? HallId { get; set; }

    public string? Label { get; set; }

    public string? Seats { get; set; }

    public string? Zone { get; set; }

    public string? Day { get; set; }

    public string? StartsAt { get; set; }

    public string? EndsAt { get; set; }

    public string? MeetingMinutes { get; set; }

    public string? BreakMinutes { get; set; }

    public string? Languages { get; set; }

    public string? Venue { get; set; }

    public string? RequestExpiryHours { get; set; }

    public string? ReminderHoursBefore { get; set; }

    public string? TimeZone { get; set; }

    public string? RegistrationOpen { get; set; }

    /// <summary>A number the user typed, or -1 (refused by the service, which names the field) when it is not one.</summary>
    public static int Number(string? value, int empty = 0) =>
        string.IsNullOrWhiteSpace(value) ? empty : int.TryParse(value.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;

    public static IEnumerable<string> List(string? value) =>
        (value ?? string.Empty).Split([',', '，', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
