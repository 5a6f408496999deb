namespace SpecialtyTowns.Gateway.Web.ExpoStandby;

/// <summary>
/// The hall board's and the offer page's form: the button pressed names the action ("no-show:{meeting}:{participant}"
/// on the board; "accept" or "decline" on an offer).
/// </summary>
public sealed class StandbyInput
{
    public string? RequestId { get; set; }

    public string? Action { get; set; }

    /// <summary>The meeting and the party a no-show button names.</summary>
    public static (Guid MeetingId, Guid ParticipantId)? NoShowTarget(string? action)
    {
        var parts = (action ?? string.Empty).Split(':', 3);
        return parts.Length == 3 && parts[0] == "no-show" && Guid.TryParse(parts[1], out var meeting) && Guid.TryParse(parts[2], out var participant)
            ? (meeting, participant)
            : null;
    }

    public static StandbyInput New() => new() { RequestId = Guid.NewGuid().ToString() };
}
