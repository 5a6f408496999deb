namespace SpecialtyTowns.Gateway.Web.ExpoOutcomes;

/// <summary>What the outcome page posts: held "yes"/"no", a rating "1"-"5" (empty: none), the next step and a note.</summary>
public sealed class OutcomeInput
{
    public const string Yes = "yes";
    public const string No = "no";

    public static readonly IReadOnlyList<string> NextSteps = ["none", "follow-up", "site-visit", "negotiation", "intent-to-sign"];

    public string? RequestId { get; set; }

    public string? Held { get; set; }

    public string? Rating { get; set; }

    public string? NextStep { get; set; }

    public string? Note { get; set; }

    public static OutcomeInput New() => new() { RequestId = Guid.NewGuid().ToString() };

    /// <summary>The form as the recorded outcome says (held when nothing was recorded yet: most meetings take place).</summary>
    public static OutcomeInput Of(Expo.V1.MeetingOutcomeView view) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Held = !view.Recorded || view.Held ? Yes : No,
        Rating = view.Rating == 0 ? null : view.Rating.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NextStep = view.NextStep.Length == 0 ? NextSteps[0] : view.NextStep,
        Note = view.Note,
    };

    /// <summary>The rating as the service takes it: 0 when none was chosen or the meeting was not held, -1 when unreadable.</summary>
    public int RatingValue() =>
        Held != Yes || string.IsNullOrEmpty(Rating) ? 0 : int.TryParse(Rating, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : -1;
}
