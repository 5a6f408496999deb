using SpecialtyTowns.Gateway.Web.Forms;

namespace SpecialtyTowns.Gateway.Web.Matching;

/// <summary>
/// A pressed feedback button: every item's buttons sit in one form (a page may hold one form per name), so each
/// button's value names what it does and to what, "action:kind:id" (e.g. "save:project:{id}").
/// </summary>
public sealed record FeedbackPress(string Action, string Kind, Guid ItemId)
{
    public const string Save = "save";
    public const string Unsave = "unsave";
    public const string NotInterested = "not-interested";
    public const string Clear = "clear";
    public const string ExpressInterest = "express-interest";

    private static readonly string[] Actions = [Save, Unsave, NotInterested, Clear, ExpressInterest];

    /// <summary>The kinds an item may be: an offer (investor side) or an organisation (town side).</summary>
    private static readonly string[] Kinds = ["project", "town", "gap", "investor"];

    public static string ValueFor(string action, string kind, string itemId) => $"{action}:{kind}:{itemId}";

    /// <summary>The form field holding the optional message sent with "express interest" for one item.</summary>
    public static string MessageField(string itemId) => "message-" + itemId;

    /// <summary>The field the API names a message's errors under (GiveFeedbackRequest.message).</summary>
    public const string MessageErrorField = "message";

    /// <summary>The refusal to show at an item: the pressed item gets it, every other item none.</summary>
    public static PageProblems? ProblemsAt(PageProblems problems, string? pressed, string itemId)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.HasErrors && Parse(pressed)?.ItemId.ToString() == itemId ? problems : null;
    }

    /// <summary>The fields whose errors show at an item (the pressed one's message, while it is listed); the summary names the rest.</summary>
    public static IReadOnlyCollection<string> PlacedFields(string? pressed, IEnumerable<string> listedIds) =>
        Parse(pressed) is { } press && listedIds.Contains(press.ItemId.ToString()) ? [MessageErrorField] : [];

    /// <summary>What the button named, or null when the value is not one a button sends.</summary>
    public static FeedbackPress? Parse(string? value)
    {
        var parts = value?.Split(':') ?? [];
        return parts.Length == 3 && Actions.Contains(parts[0]) && Kinds.Contains(parts[1]) && Guid.TryParse(parts[2], out var id)
            ? new FeedbackPress(parts[0], parts[1], id)
            : null;
    }
}
