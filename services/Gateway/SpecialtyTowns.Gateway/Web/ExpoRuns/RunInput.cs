namespace SpecialtyTowns.Gateway.Web.ExpoRuns;

/// <summary>The scheduling page's form: the button pressed names the action (start, publish, "lock:{meeting}", "unlock:{meeting}").</summary>
public sealed class RunInput
{
    public string? RequestId { get; set; }

    public string? Action { get; set; }

    public int? TimeLimitSeconds { get; set; }

    /// <summary>The meeting a lock or unlock button names, and which of the two it is.</summary>
    public static (Guid MeetingId, bool Locked)? LockTarget(string action)
    {
        var parts = action.Split(':', 2);
        return parts.Length == 2 && parts[0] is "lock" or "unlock" && Guid.TryParse(parts[1], out var id) ? (id, parts[0] == "lock") : null;
    }

    public static RunInput New() => new() { RequestId = Guid.NewGuid().ToString(), TimeLimitSeconds = 30 };
}
