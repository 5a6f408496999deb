using System.Globalization;
using Grpc.Core;
using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.TestKit.Expo;

/// <summary>
/// An expo event built through the Expo service's gRPC API in one call: its organizer, a hall,
/// tables, a session per day whose slots are generated, interpreters, and participants of each
/// kind registered by their own accounts and approved (or left pending). Works against an
/// in-process host (<c>host.As</c>) and a deployed service alike: it only needs a way to call
/// as a <see cref="TestCaller"/>.
/// </summary>
public sealed class ExpoScenario
{
    private readonly Func<TestCaller, CallInvoker> _invoker;

    private ExpoScenario(Func<TestCaller, CallInvoker> invoker, TestCaller organizer, ExpoEvent expoEvent)
    {
        _invoker = invoker;
        Organizer = organizer;
        Event = expoEvent;
    }

    public TestCaller Organizer { get; }

    public ExpoEvent Event { get; }

    public string EventId => Event.Id;

    public EventHall Hall { get; private set; } = null!;

    public IReadOnlyList<EventTable> Tables { get; private set; } = [];

    public IReadOnlyList<EventSlot> Slots { get; private set; } = [];

    public IReadOnlyList<EventInterpreter> Interpreters { get; private set; } = [];

    public IReadOnlyList<ScenarioParticipant> Participants { get; private set; } = [];

    public IEnumerable<ScenarioParticipant> Investors => Participants.Where(p => p.Kind == "investor");

    public IEnumerable<ScenarioParticipant> Towns => Participants.Where(p => p.Kind == "town");

    public IEnumerable<ScenarioParticipant> Enterprises => Participants.Where(p => p.Kind == "enterprise");

    /// <summary>Builds the event; <paramref name="invoker"/> calls the Expo service as the given caller.</summary>
    public static async Task<ExpoScenario> BuildAsync(Func<TestCaller, CallInvoker> invoker, ExpoScenarioOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ExpoScenarioOptions();
        var organizer = TestCaller.Organizer();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var days = Math.Max(1, (options.Slots + options.SlotsPerDay - 1) / options.SlotsPerDay);
        var opening = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);
        var expoEvent = await new ExpoService.ExpoServiceClient(invoker(organizer)).CreateEventAsync(
            new CreateEventRequest
            {
                Name = $"测试洽谈会 {tag}",
                NameEn = $"Test matchmaking {tag}",
                City = "太原市",
                StartsOn = Day(opening),
                EndsOn = Day(opening.AddDays(days - 1)),
                TimeZone = options.TimeZone,
            },
            cancellationToken: cancellationToken);
        var scenario = new ExpoScenario(invoker, organizer, expoEvent);
        await scenario.SetUpAsync(options, opening, cancellationToken);
        await scenario.RegisterAsync(options, tag, cancellationToken);
        return scenario;
    }

    /// <summary>The set-up client calling as <paramref name="caller"/> (the organizer by default).</summary>
    public ExpoSetupService.ExpoSetupServiceClient Setup(TestCaller? caller = null) => new(_invoker(caller ?? Organizer));

    /// <summary>Any generated Expo client calling as <paramref name="caller"/> (the organizer by default).</summary>
    public TClient Client<TClient>(TestCaller? caller = null)
        where TClient : ClientBase<TClient> =>
        (TClient)Activator.CreateInstance(typeof(TClient), _invoker(caller ?? Organizer))!;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task SetUpAsync(ExpoScenarioOptions options, DateOnly opening, CancellationToken cancellationToken)
    {
        var setup = Setup();
        Hall = await setup.AddHallAsync(new AddHallRequest { EventId = EventId, Name = "一号馆", NameEn = "Hall 1" }, cancellationToken: cancellationToken);
        if (options.Tables > 0)
        {
            var tables = new AddTablesRequest { EventId = EventId };
            tables.Tables.AddRange(Enumerable.Range(1, options.Tables).Select(i => new TableSpec
            {
                HallId = Hall.Id,
                Label = $"A{i:D3}",
                Seats = options.Seats,
                Zone = "洽谈区 A",
            }));
            Tables = (await setup.AddTablesAsync(tables, cancellationToken: cancellationToken)).Tables;
        }

        var slots = new List<EventSlot>();
        for (var day = 0; slots.Count < options.Slots; day++)
        {
            var count = Math.Min(options.SlotsPerDay, options.Slots - slots.Count);
            var start = new TimeOnly(9, 0);
            var end = start.AddMinutes((count * (options.MeetingMinutes + options.BreakMinutes)) - options.BreakMinutes);
            var session = await setup.AddSessionAsync(
                new AddSessionRequest
                {
                    EventId = EventId,
                    Day = Day(opening.AddDays(day)),
                    StartsAt = start.ToString("HH:mm", CultureInfo.InvariantCulture),
                    EndsAt = end.ToString("HH:mm", CultureInfo.InvariantCulture),
                    MeetingMinutes = options.MeetingMinutes,
                    BreakMinutes = options.BreakMinutes,
                    Name = $"第{day + 1}天",
                },
                cancellationToken: cancellationToken);
            slots.AddRange(session.Slots);
        }

        Slots = slots;
        var interpreters = new List<EventInterpreter>();
        for (var i = 0; i < options.Interpreters; i++)
        {
            var request = new AddInterpreterRequest { EventId = EventId, Name = $"翻译 {i + 1}", Languages = { "en" } };
            if (i == 0)
            {
                request.Languages.Add("ja");
            }

            interpreters.Add(await setup.AddInterpreterAsync(request, cancellationToken: cancellationToken));
        }

        Interpreters = interpreters;
    }

    private async Task RegisterAsync(ExpoScenarioOptions options, string tag, CancellationToken cancellationToken)
    {
        var callers = Enumerable.Range(1, options.Investors).Select(i => ("investor", TestCaller.Investor(), $"投资机构 {tag}-{i}"))
            .Concat(Enumerable.Range(1, options.Towns).Select(i => ("town", TestCaller.Town(Guid.NewGuid()), $"特色小镇代表团 {tag}-{i}")))
            .Concat(Enumerable.Range(1, options.Enterprises).Select(i => ("enterprise", TestCaller.Enterprise(Guid.NewGuid()), $"企业 {tag}-{i}")))
            .ToList();
        var registered = new ScenarioParticipant[callers.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, callers.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken },
            async (index, ct) =>
            {
                var (kind, caller, name) = callers[index];
                var request = new RegisterRequest { EventId = EventId, Kind = kind, Name = name, Seats = 2, Languages = { "zh" } };
                request.Attendees.Add(new ParticipantAttendee { Name = $"联系人 {index + 1}", Title = "代表" });
                registered[index] = new ScenarioParticipant(caller, await Setup(caller).RegisterAsync(request, cancellationToken: ct));
            });
        Participants = registered;
        if (!options.Approve || registered.Length == 0)
        {
            return;
        }

        foreach (var chunk in registered.Chunk(2000))
        {
            var decide = new DecideParticipantsRequest { EventId = EventId, Decision = "approve" };
            decide.ParticipantIds.AddRange(chunk.Select(p => p.Id));
            await Setup().DecideParticipantsAsync(decide, cancellationToken: cancellationToken);
        }

        Participants = registered.Select(p => p with { Registration = new EventParticipant(p.Registration) { Status = "approved" } }).ToList();
    }
}
