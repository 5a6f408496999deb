extern alias expo;

using expo::SpecialtyTowns.Expo.Domain.Meetings;
using expo::SpecialtyTowns.Expo.Domain.Participants;
using expo::SpecialtyTowns.Expo.Domain.Setup;
using expo::SpecialtyTowns.Expo.Infrastructure;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using Hall = expo::SpecialtyTowns.Expo.Domain.Setup.Hall;
using Interpreter = expo::SpecialtyTowns.Expo.Domain.Setup.Interpreter;
using Participant = expo::SpecialtyTowns.Expo.Domain.Participants.Participant;
using Slot = expo::SpecialtyTowns.Expo.Domain.Setup.Slot;

namespace SpecialtyTowns.Expo.ServiceTests.Bookings;

/// <summary>
/// An event of its own for one test: slots 30 minutes apart, tables of the given seats, investors
/// (each signed in as its own account) and towns, written through the DbContext; meetings are
/// added between them as accepted, unscheduled meetings.
/// </summary>
public sealed class BookingScene
{
    private static readonly DateOnly Opening = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(9);

    private BookingScene(ExpoHost host, TestCaller organizer, Guid eventId)
    {
        Host = host;
        Organizer = organizer;
        EventId = eventId;
    }

    public ExpoHost Host { get; }

    public TestCaller Organizer { get; }

    public Guid EventId { get; }

    public List<Guid> Slots { get; } = [];

    public List<Guid> Tables { get; } = [];

    public List<Guid> Interpreters { get; } = [];

    public List<Guid> Investors { get; } = [];

    public List<Guid> Towns { get; } = [];

    public Dictionary<Guid, TestCaller> Callers { get; } = [];

    public ExpoBookingsService.ExpoBookingsServiceClient As(TestCaller caller) => Host.Client<ExpoBookingsService.ExpoBookingsServiceClient>(caller);

    public ExpoBookingsService.ExpoBookingsServiceClient AsOrganizer => As(Organizer);

    public static async Task<BookingScene> CreateAsync(ExpoHost host, int slots, int[] tableSeats, int investors, int towns, int? investorLimit = null, int partySeats = 2)
    {
        var organizer = TestCaller.Organizer();
        var created = await host.Client<ExpoService.ExpoServiceClient>(organizer).CreateEventAsync(new CreateEventRequest
        {
            Name = "预约测试 " + Guid.NewGuid().ToString("N")[..8],
            StartsOn = Opening.ToString("yyyy-MM-dd"),
            EndsOn = Opening.ToString("yyyy-MM-dd"),
            TimeZone = "Asia/Shanghai",
        });
        var scene = new BookingScene(host, organizer, Guid.Parse(created.Id));
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        var hall = Hall.Create(scene.EventId, "一号馆", "Hall 1", 0);
        db.Halls.Add(hall);
        var tables = tableSeats.Select((seats, i) => ExpoTable.Create(scene.EventId, hall.Id, $"T{i + 1:00}", seats, "洽谈区")).ToList();
        db.Tables.AddRange(tables);
        var start = new DateTimeOffset(Opening.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        var slotRows = Enumerable.Range(0, slots).Select(i => Slot.Create(scene.EventId, null, start.AddMinutes(30 * i), start.AddMinutes((30 * i) + 25))).ToList();
        db.Slots.AddRange(slotRows);
        var interpreter = Interpreter.Create(scene.EventId, "译员 李", ["en"]);
        db.Interpreters.Add(interpreter);
        for (var i = 0; i < investors + towns; i++)
        {
            var investor = i < investors;
            var caller = investor ? TestCaller.Investor() : TestCaller.Town(Guid.NewGuid());
            var participant = Participant.Register(
                scene.EventId,
                investor ? ParticipantKinds.Investor : ParticipantKinds.Town,
                investor ? Guid.Parse(caller.Subject) : caller.TownId!.Value,
                null,
                (investor ? "投资方 " : "专业镇 ") + i,
                null,
                ["zh"],
                partySeats,
                investor ? investorLimit : null,
                [],
                "test",
                DateTimeOffset.UtcNow);
            participant.Decide(ParticipantStatuses.Approved, "test", null, DateTimeOffset.UtcNow);
            db.Participants.Add(participant);
            (investor ? scene.Investors : scene.Towns).Add(participant.Id);
            scene.Callers[participant.Id] = caller;
        }

        await db.SaveChangesAsync();
        scene.Slots.AddRange(slotRows.Select(s => s.Id));
        scene.Tables.AddRange(tables.Select(t => t.Id));
        scene.Interpreters.Add(interpreter.Id);
        return scene;
    }

    /// <summary>An accepted, unscheduled meeting between the participants.</summary>
    public async Task<Guid> MeetingAsync(Guid[] participants, string? interpreterLanguage = null)
    {
        using var scope = Host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        var meeting = Meeting.Create(EventId, null, participants, interpreterLanguage, null, [], null, null, 1, DateTimeOffset.UtcNow);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    /// <summary>Marks the participant unavailable in the slot.</summary>
    public async Task UnavailableAsync(Guid participant, Guid slot)
    {
        using var scope = Host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        db.Unavailability.Add(ParticipantUnavailability.Of(participant, slot));
        await db.SaveChangesAsync();
    }

    /// <summary>Books the meeting into the first free place as the organizer: "booked", or the rule of the 409.</summary>
    public async Task<string> FirstFreeOutcomeAsync(Guid meeting)
    {
        try
        {
            await AsOrganizer.BookMeetingAsync(Booking(meeting));
            return "booked";
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.FailedPrecondition)
        {
            return exception.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason ?? "?";
        }
    }

    public BookMeetingRequest Booking(Guid meeting, Guid? slot = null, Guid? table = null) => new()
    {
        EventId = EventId.ToString(),
        MeetingId = meeting.ToString(),
        SlotId = slot?.ToString() ?? string.Empty,
        TableId = table?.ToString() ?? string.Empty,
    };
}
