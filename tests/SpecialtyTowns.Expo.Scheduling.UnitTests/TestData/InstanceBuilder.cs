using SpecialtyTowns.Expo.Scheduling.Model;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.TestData;

/// <summary>Small hand-made instances: slots on one or more days, 20 minutes each, 25 minutes apart.</summary>
internal sealed class InstanceBuilder
{
    private readonly List<Slot> _slots = [];
    private readonly List<Table> _tables = [];
    private readonly List<Participant> _participants = [];
    private readonly List<Meeting> _meetings = [];

    public InstanceBuilder Slots(int count, int day = 1)
    {
        var start = new DateTimeOffset(2023, 6, 27 + day, 9, 0, 0, TimeSpan.FromHours(8));
        for (var k = 0; k < count; k++)
        {
            var from = start.AddMinutes(25 * k);
            _slots.Add(new Slot { Id = $"d{day}-{from:HHmm}", Start = from, End = from.AddMinutes(20) });
        }

        return this;
    }

    public InstanceBuilder Table(string id, int seats = 4)
    {
        _tables.Add(new Table { Id = id, Seats = seats });
        return this;
    }

    public InstanceBuilder Person(string id, string kind = ParticipantKinds.Investor, int seats = 1, int? maxMeetings = null, params string[] unavailable)
    {
        _participants.Add(new Participant { Id = id, Kind = kind, Seats = seats, MaxMeetings = maxMeetings, Unavailable = unavailable });
        return this;
    }

    public InstanceBuilder Interpreter(string id, params string[] languages)
    {
        _participants.Add(new Participant { Id = id, Kind = ParticipantKinds.Interpreter, Languages = languages });
        return this;
    }

    public InstanceBuilder Meeting(string id, string[] parties, int weight = 1, string? language = null, Placement? fixedAt = null)
    {
        _meetings.Add(new Meeting { Id = id, Parties = parties, Weight = weight, Interpreter = language, Fixed = fixedAt });
        return this;
    }

    public Instance Build() => new()
    {
        Event = "test",
        TimeZone = "Asia/Shanghai",
        Slots = [.. _slots],
        Tables = [.. _tables],
        Participants = [.. _participants],
        Meetings = [.. _meetings],
    };

    public static Placement At(string slot, string table) => new() { Slot = slot, Table = table };
}
