namespace SpecialtyTowns.Bench.Scheduling.Generation;

public static class Families
{
    public static IReadOnlyList<FamilyShape> All { get; } =
    [
        new()
        {
            Name = "small", Description = "60 meetings, 1 day x 8 slots",
            Meetings = 60, Investors = 12, Towns = 8, Enterprises = 8, Interpreters = 2, Tables = 6,
        },
        new()
        {
            Name = "medium", Description = "600 meetings, 2 days x 8 slots",
            Meetings = 600, Investors = 80, Towns = 30, Enterprises = 60, Interpreters = 4, Days = 2, Tables = 45,
        },
        new()
        {
            Name = "table-bound", Description = "1,000 meetings for 560 table-slots",
            Meetings = 1000, Investors = 120, Towns = 50, Enterprises = 80, Interpreters = 4, Days = 2, Tables = 35,
        },
        new()
        {
            Name = "popular-hosts", Description = "1,000 meetings, 5 towns draw 60% of requests",
            Meetings = 1000, Investors = 150, Towns = 40, Enterprises = 100, Interpreters = 4, Days = 2, Tables = 80,
            PopularTowns = 5, PopularShare = 0.6,
        },
        new()
        {
            Name = "conflict-bound", Description = "2,000 meetings, everyone asks for ~16 of 16 slots, tables plentiful",
            Meetings = 2000, Investors = 100, Towns = 50, Enterprises = 100, Interpreters = 0, Days = 2, Tables = 200,
            ConflictBound = true, InterpreterShare = 0, DelegationShare = 0, MaxMeetingsShare = 0, UnavailableShare = 0.1,
        },
        new()
        {
            Name = "popular-hosts-3000", Description = "3,000 meetings, popular-hosts x 3: 15 towns draw 60% of requests",
            Meetings = 3000, Investors = 450, Towns = 120, Enterprises = 300, Interpreters = 12, Days = 2, Tables = 240,
            PopularTowns = 15, PopularShare = 0.6,
        },
        new()
        {
            Name = "conflict-bound-3600", Description = "3,600 meetings, conflict-bound x 1.8: ~16 asks of 16 slots each",
            Meetings = 3600, Investors = 180, Towns = 90, Enterprises = 180, Interpreters = 0, Days = 2, Tables = 360,
            ConflictBound = true, InterpreterShare = 0, DelegationShare = 0, MaxMeetingsShare = 0, UnavailableShare = 0.1,
        },
        new()
        {
            Name = "delegation-heavy", Description = "1,500 meetings, 30% with 3-4 parties, 25% need one of 6 interpreters",
            Meetings = 1500, Investors = 150, Towns = 60, Enterprises = 150, Interpreters = 6, Days = 2, Tables = 120,
            MaxTableSeats = 8, DelegationShare = 0.3, InterpreterShare = 0.25,
        },
        new()
        {
            Name = "expo", Description = "16,000 requests, 1,500 participants, 2 days x 12 slots, 450 tables of 4-8 seats",
            Meetings = 16000, Investors = 600, Towns = 120, Enterprises = 750, Interpreters = 30, Days = 2, SlotsPerDay = 12,
            Tables = 450, MaxTableSeats = 8, DelegationShare = 0.1, InterpreterShare = 0.05, MaxMeetingsShare = 0.3,
        },
    ];

    public static FamilyShape? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
