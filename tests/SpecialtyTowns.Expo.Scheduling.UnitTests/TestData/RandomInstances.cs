using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Solving;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.TestData;

/// <summary>Seeded random instances with every feature: delegations, interpreters, limits, unavailability, fixed meetings.</summary>
internal static class RandomInstances
{
    public static Instance Create(int seed, int people, int meetings, int days, int slotsPerDay, int tables, bool withFixed = true)
    {
        var random = new Random(seed);
        var builder = new InstanceBuilder();
        for (var d = 1; d <= days; d++)
        {
            builder.Slots(slotsPerDay, d);
        }

        var slotIds = builder.Build().Slots.Select(s => s.Id).ToArray();
        for (var t = 0; t < tables; t++)
        {
            builder.Table($"T{t:00}", random.Next(3, 8));
        }

        var kinds = new[] { ParticipantKinds.Investor, ParticipantKinds.Town, ParticipantKinds.Enterprise };
        for (var p = 0; p < people; p++)
        {
            var unavailable = slotIds.Where(_ => random.NextDouble() < 0.1).ToArray();
            builder.Person($"p{p:000}", kinds[p % 3], random.Next(1, 3), random.NextDouble() < 0.3 ? random.Next(1, slotIds.Length) : null, unavailable);
        }

        builder.Interpreter("int-en", "en").Interpreter("int-enja", "en", "ja");
        for (var m = 0; m < meetings; m++)
        {
            var parties = Enumerable.Range(0, people).OrderBy(_ => random.Next()).Take(random.NextDouble() < 0.2 ? 3 : 2)
                .Select(p => $"p{p:000}").ToArray();
            var language = random.NextDouble() < 0.15 ? (random.Next(2) == 0 ? "en" : "ja") : null;
            builder.Meeting($"m{m:000}", parties, random.Next(1, 5), language);
        }

        var instance = builder.Build();
        return withFixed ? PinSome(instance, random) : instance;
    }

    /// <summary>Fixes a few meetings where a first-fit schedule put them, which is always a consistent set.</summary>
    private static Instance PinSome(Instance instance, Random random)
    {
        var firstFit = FirstFitScheduler.Solve(instance);
        var pinned = firstFit.Assignments.Where(a => a.Interpreter is null && random.NextDouble() < 0.1)
            .ToDictionary(a => a.Meeting, a => InstanceBuilder.At(a.Slot, a.Table));
        return instance with
        {
            Meetings = [.. instance.Meetings.Select(m => pinned.TryGetValue(m.Id, out var place) ? m with { Fixed = place } : m)],
        };
    }
}
