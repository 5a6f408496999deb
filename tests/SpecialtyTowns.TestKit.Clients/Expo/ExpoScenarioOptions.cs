namespace SpecialtyTowns.TestKit.Expo;

/// <summary>What <see cref="ExpoScenario"/> builds: an event with this many slots, tables and approved participants of each kind.</summary>
public sealed record ExpoScenarioOptions
{
    public int Slots { get; init; } = 6;

    public int Tables { get; init; } = 4;

    public int Seats { get; init; } = 4;

    public int Investors { get; init; } = 2;

    public int Towns { get; init; } = 2;

    public int Enterprises { get; init; } = 2;

    /// <summary>Interpreters, each speaking English (and the first also Japanese).</summary>
    public int Interpreters { get; init; } = 1;

    /// <summary>False leaves the registrations pending.</summary>
    public bool Approve { get; init; } = true;

    public int MeetingMinutes { get; init; } = 20;

    public int BreakMinutes { get; init; } = 5;

    /// <summary>Slots per day; more slots take more days (up to the event's 31).</summary>
    public int SlotsPerDay { get; init; } = 16;

    /// <summary>Parallel registrations (each one gRPC call).</summary>
    public int Parallelism { get; init; } = 8;

    public string TimeZone { get; init; } = "Asia/Shanghai";
}
