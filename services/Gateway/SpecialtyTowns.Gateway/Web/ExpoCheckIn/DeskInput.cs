namespace SpecialtyTowns.Gateway.Web.ExpoCheckIn;

/// <summary>What the desk's forms post: a badge code (scanned or typed), or the "participant:attendee" a search result's button carries.</summary>
public sealed class DeskInput
{
    public string? Code { get; set; }

    /// <summary>scan (set by the camera script) or code (typed); a search pick is always search.</summary>
    public string? Method { get; set; }

    public string? Pick { get; set; }

    public static string PickValue(string participantId, string? attendeeId) => $"{participantId}:{attendeeId}";

    /// <summary>The participant and attendee ids of a pick, as posted (the service validates them).</summary>
    public (string Participant, string Attendee) ParsePick()
    {
        var parts = (Pick ?? string.Empty).Split(':', 2);
        return (parts[0], parts.Length > 1 ? parts[1] : string.Empty);
    }
}
