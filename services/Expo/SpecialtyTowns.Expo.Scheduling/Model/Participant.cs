namespace SpecialtyTowns.Expo.Scheduling.Model;

public sealed record Participant
{
    public string Id { get; init; } = "";

    /// <summary>One of <see cref="ParticipantKinds"/>; kept as text so that an unknown kind can be named in the error.</summary>
    public string Kind { get; init; } = "";

    public int Seats { get; init; } = 1;

    public int? MaxMeetings { get; init; }

    public IReadOnlyList<string> Unavailable { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];
}
