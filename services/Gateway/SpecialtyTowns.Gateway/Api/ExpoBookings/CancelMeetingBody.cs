namespace SpecialtyTowns.Gateway.Api.ExpoBookings;

/// <summary>Why the meeting is cancelled (optional; shown to the parties).</summary>
public sealed record CancelMeetingBody(string? Reason);
