using SpecialtyTowns.Expo.Scheduling.Model;

namespace SpecialtyTowns.Bench.Scheduling.Generation;

/// <summary>Draws an instance of a family from a seed; the same shape and seed always give the same instance.</summary>
public sealed class InstanceGenerator(FamilyShape shape, int seed)
{
    private readonly Random _random = new(seed);
    private readonly DateTimeOffset _firstDay = new(2023, 6, 28, 0, 0, 0, TimeSpan.FromHours(8));

    public Instance Generate()
    {
        var slots = Slots();
        var investors = People("inv", ParticipantKinds.Investor, shape.Investors, 1, 2, slots);
        var towns = People("town", ParticipantKinds.Town, shape.Towns, 1, 3, slots);
        var enterprises = People("ent", ParticipantKinds.Enterprise, shape.Enterprises, 1, 2, slots);
        var interpreters = Enumerable.Range(1, shape.Interpreters).Select(i => new Participant
        {
            Id = $"int-{i:000}",
            Kind = ParticipantKinds.Interpreter,
            Languages = [.. shape.Languages.OrderBy(_ => _random.Next()).Take(_random.NextDouble() < 0.3 ? 2 : 1)],
            Unavailable = Unavailability(slots),
        }).ToList();
        var spoken = interpreters.SelectMany(i => i.Languages).Distinct().ToList();
        var pairs = shape.ConflictBound ? ConflictPairs(investors, towns, enterprises) : RequestPairs(investors, towns, enterprises);
        var meetings = pairs.Select((parties, k) => new Meeting
        {
            Id = $"m-{k + 1:00000}",
            Parties = parties,
            Weight = Weight(),
            Interpreter = spoken.Count > 0 && _random.NextDouble() < shape.InterpreterShare ? spoken[_random.Next(spoken.Count)] : null,
        }).ToList();
        return new Instance
        {
            Event = $"bench {shape.Name} seed {seed}",
            TimeZone = "Asia/Shanghai",
            Slots = slots,
            Tables = [.. Enumerable.Range(1, shape.Tables).Select(t => new Table
            {
                Id = $"T{t:000}",
                Seats = _random.Next(shape.MinTableSeats, shape.MaxTableSeats + 1),
            })],
            Participants = [.. investors, .. towns, .. enterprises, .. interpreters],
            Meetings = meetings,
        };
    }

    private List<Slot> Slots()
    {
        var slots = new List<Slot>();
        for (var d = 0; d < shape.Days; d++)
        {
            var start = _firstDay.AddDays(d).AddHours(9);
            for (var k = 0; k < shape.SlotsPerDay; k++)
            {
                var from = start.AddMinutes(25 * k);
                slots.Add(new Slot { Id = $"d{d + 1}-{from:HHmm}", Start = from, End = from.AddMinutes(20) });
            }
        }

        return slots;
    }

    private List<Participant> People(string prefix, string kind, int count, int minSeats, int maxSeats, List<Slot> slots) =>
    [
        .. Enumerable.Range(1, count).Select(i => new Participant
        {
            Id = $"{prefix}-{i:0000}",
            Kind = kind,
            Seats = _random.Next(minSeats, maxSeats + 1),
            MaxMeetings = kind == ParticipantKinds.Investor && _random.NextDouble() < shape.MaxMeetingsShare
                ? _random.Next(slots.Count / 3, 2 * slots.Count / 3 + 1)
                : null,
            Unavailable = Unavailability(slots),
        }),
    ];

    private List<string> Unavailability(List<Slot> slots)
    {
        if (_random.NextDouble() >= shape.UnavailableShare)
        {
            return [];
        }

        // Half the time a whole half-day (arriving late or leaving early), otherwise a few scattered slots.
        if (_random.NextDouble() < 0.5)
        {
            var day = _random.Next(shape.Days);
            var half = shape.SlotsPerDay / 2;
            var offset = day * shape.SlotsPerDay + (_random.Next(2) == 0 ? 0 : shape.SlotsPerDay - half);
            return [.. slots.Skip(offset).Take(half).Select(s => s.Id)];
        }

        return [.. slots.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).Select(s => s.Id)];
    }

    private int Weight()
    {
        var roll = _random.NextDouble();
        return roll < 0.5 ? 1 : roll < 0.8 ? 2 : roll < 0.9 ? 3 : 5;
    }

    private List<List<string>> RequestPairs(List<Participant> investors, List<Participant> towns, List<Participant> enterprises)
    {
        var seen = new HashSet<string>();
        var result = new List<List<string>>();
        while (result.Count < shape.Meetings)
        {
            var host = PickHost(towns, enterprises);
            var parties = new List<string> { investors[_random.Next(investors.Count)].Id, host.Id };
            if (host.Kind == ParticipantKinds.Town && _random.NextDouble() < shape.DelegationShare)
            {
                parties.AddRange(enterprises.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3)).Select(e => e.Id));
            }

            if (seen.Add(string.Join('|', parties)))
            {
                result.Add(parties);
            }
        }

        return result;
    }

    private Participant PickHost(List<Participant> towns, List<Participant> enterprises)
    {
        if (shape.PopularTowns > 0 && _random.NextDouble() < shape.PopularShare)
        {
            return towns[_random.Next(Math.Min(shape.PopularTowns, towns.Count))];
        }

        var delegation = _random.NextDouble() < shape.DelegationShare * 2;
        return delegation || _random.Next(2) == 0 ? towns[_random.Next(towns.Count)] : enterprises[_random.Next(enterprises.Count)];
    }

    /// <summary>Pairs of different kinds, always joining the two least-requested participants, so degrees stay near the slot count.</summary>
    private List<List<string>> ConflictPairs(List<Participant> investors, List<Participant> towns, List<Participant> enterprises)
    {
        var everyone = investors.Concat(towns).Concat(enterprises).ToList();
        var degree = everyone.ToDictionary(p => p.Id, _ => 0);
        var seen = new HashSet<(string, string)>();
        var result = new List<List<string>>();
        while (result.Count < shape.Meetings)
        {
            var first = everyone.OrderBy(p => degree[p.Id]).ThenBy(_ => _random.Next()).First();
            var second = everyone
                .Where(p => p.Kind != first.Kind && !seen.Contains((first.Id, p.Id)))
                .OrderBy(p => degree[p.Id]).ThenBy(_ => _random.Next())
                .First();
            seen.Add((first.Id, second.Id));
            seen.Add((second.Id, first.Id));
            degree[first.Id]++;
            degree[second.Id]++;
            result.Add([first.Id, second.Id]);
        }

        return result;
    }
}
