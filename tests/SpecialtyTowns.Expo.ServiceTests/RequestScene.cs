using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Expo;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>
/// The request tests' view of an <see cref="ExpoScenario"/>: participants of each kind by index,
/// the callers acting for them, and their first attendee. Settings (kind rules, limits) go
/// through the set-up service before anyone registers.
/// </summary>
public sealed record RequestScene(ExpoScenario Scenario, IReadOnlyList<RequestScene.Member> Members)
{
    public static readonly IReadOnlyList<string> DefaultRules =
        ["investor>town", "investor>enterprise", "town>investor", "town>enterprise", "enterprise>investor", "enterprise>town"];

    public Guid EventId => Guid.Parse(Scenario.EventId);

    public Guid[] Slots => [.. Scenario.Slots.Select(s => Guid.Parse(s.Id))];

    public TestCaller Organizer => Scenario.Organizer;

    public Member Investor(int i) => Members.Where(m => m.Kind == "investor").ElementAt(i);

    public Member Town(int i) => Members.Where(m => m.Kind == "town").ElementAt(i);

    public Member Enterprise(int i) => Members.Where(m => m.Kind == "enterprise").ElementAt(i);

    public static async Task<RequestScene> CreateAsync(ExpoHost host, int perKind = 2, bool approve = true, IReadOnlyList<string>? rules = null, int? maxInvestor = null)
    {
        var scenario = await ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 3, Tables = 2, Investors = perKind, Towns = perKind, Enterprises = perKind, Interpreters = 0, Approve = approve });
        if (rules is not null || maxInvestor is not null)
        {
            var settings = new ChangeSettingsRequest { EventId = scenario.EventId, RequestExpiryHours = 72, ReminderHoursBefore = 12, RegistrationOpen = true };
            settings.RequestRules.AddRange(rules ?? DefaultRules);
            if (maxInvestor is { } max)
            {
                settings.MaxMeetingsInvestor = max;
            }

            await scenario.Setup().ChangeSettingsAsync(settings);
        }

        return new RequestScene(scenario, [.. scenario.Participants.Select(p => new Member(Guid.Parse(p.Id), p.Kind, p.Caller, Guid.Parse(p.Registration.Attendees[0].Id)))]);
    }

    public sealed record Member(Guid Id, string Kind, TestCaller Caller, Guid AttendeeId);
}
