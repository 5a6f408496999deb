namespace SpecialtyTowns.Bench.Scheduling.Generation;

/// <summary>The knobs of one instance family; every instance of it is drawn from a seed.</summary>
public sealed record FamilyShape
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    public int Meetings { get; init; }

    public int Investors { get; init; }

    public int Towns { get; init; }

    public int Enterprises { get; init; }

    public int Interpreters { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = ["en", "ja", "ko", "de"];

    public int Days { get; init; } = 1;

    public int SlotsPerDay { get; init; } = 8;

    public int Tables { get; init; }

    public int MinTableSeats { get; init; } = 4;

    public int MaxTableSeats { get; init; } = 6;

    /// <summary>Share of meetings that bring a town with one or two of its enterprises (three or four parties).</summary>
    public double DelegationShare { get; init; } = 0.05;

    public double InterpreterShare { get; init; } = 0.05;

    /// <summary>Number of towns that draw <see cref="PopularShare"/> of all requests.</summary>
    public int PopularTowns { get; init; }

    public double PopularShare { get; init; }

    /// <summary>When set, every participant asks for about as many meetings as there are slots.</summary>
    public bool ConflictBound { get; init; }

    public double MaxMeetingsShare { get; init; } = 0.2;

    public double UnavailableShare { get; init; } = 0.15;
}
