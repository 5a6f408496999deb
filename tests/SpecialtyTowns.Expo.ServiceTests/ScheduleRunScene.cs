extern alias expo;

using expo::SpecialtyTowns.Expo.Domain.Meetings;
using expo::SpecialtyTowns.Expo.Domain.Participants;
using expo::SpecialtyTowns.Expo.Domain.Setup;
using expo::SpecialtyTowns.Expo.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using V1 = SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>
/// An event of its own for a scheduling-run test, written through the DbContext: 7 slots, 3 tables, an English
/// interpreter, 4 approved investors and 4 approved towns who all accepted to meet each other (16 meetings; the
/// first investor's four need an interpreter), and a pending participant whose meeting cannot be scheduled yet.
/// </summary>
public sealed record ScheduleRunScene(Guid EventId, TestCaller Organizer, Guid[] Slots, Guid[] Tables, Guid[] Participants, Guid[] Meetings, Guid PendingMeeting)
{
    private static readonly DateOnly Opening = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(9);

    public static async Task<ScheduleRunScene> CreateAsync(ExpoHost host)
    {
        var organizer = TestCaller.Organizer();
        var created = await host.Client<V1.ExpoService.ExpoServiceClient>(organizer).CreateEventAsync(new V1.CreateEventRequest
        {
            Name = "排程测试 " + Guid.NewGuid().ToString("N")[..8],
            StartsOn = Opening.ToString("yyyy-MM-dd"),
            EndsOn = Opening.ToString("yyyy-MM-dd"),
            TimeZone = "Asia/Shanghai",
        });
        var eventId = Guid.Parse(created.Id);
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        var now = DateTimeOffset.UtcNow;
        var hall = Hall.Create(eventId, "一号馆", "Hall 1", 0);
        db.Halls.Add(hall);
        var tables = Enumerable.Range(1, 3).Select(i => ExpoTable.Create(eventId, hall.Id, $"T{i}", 4, null)).ToList();
        db.Tables.AddRange(tables);
        var start = new DateTimeOffset(Opening.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        var slots = Enumerable.Range(0, 7).Select(i => Slot.Create(eventId, null, start.AddMinutes(30 * i), start.AddMinutes((30 * i) + 25))).ToList();
        db.Slots.AddRange(slots);
        db.Interpreters.Add(Interpreter.Create(eventId, "译员 王", ["en"]));
        var investors = Enumerable.Range(0, 4).Select(i => Approved(eventId, ParticipantKinds.Investor, $"投资方 {i}", i == 0 ? ["en"] : ["zh"], now)).ToList();
        var towns = Enumerable.Range(0, 4).Select(i => Approved(eventId, ParticipantKinds.Town, $"小镇 {i}", ["zh"], now)).ToList();
        var pending = Participant.Register(eventId, ParticipantKinds.Enterprise, Guid.NewGuid(), null, "待审企业", null, ["zh"], 1, null, [], "test", now);
        db.Participants.AddRange([.. investors, .. towns, pending]);
        var meetings = investors.SelectMany((investor, i) => towns.Select(town =>
            Meeting.Create(eventId, null, [investor.Id, town.Id], i == 0 ? "en" : null, null, [], null, null, 1, now))).ToList();
        var pendingMeeting = Meeting.Create(eventId, null, [investors[1].Id, pending.Id], null, null, [], null, null, 1, now);
        db.Meetings.AddRange([.. meetings, pendingMeeting]);
        await db.SaveChangesAsync();
        return new ScheduleRunScene(
            eventId,
            organizer,
            [.. slots.Select(s => s.Id)],
            [.. tables.Select(t => t.Id)],
            [.. investors.Concat(towns).Select(p => p.Id)],
            [.. meetings.Select(m => m.Id)],
            pendingMeeting.Id);
    }

    /// <summary>Changes meetings as the other use cases would (cancel, accept, book), in the scene's event.</summary>
    public static async Task ChangeAsync(ExpoHost host, Func<ExpoDbContext, Task> change)
    {
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    public static Task<Meeting> MeetingAsync(ExpoDbContext db, Guid id) => db.Meetings.SingleAsync(m => m.Id == id);

    private static Participant Approved(Guid eventId, string kind, string name, string[] languages, DateTimeOffset now)
    {
        var participant = Participant.Register(eventId, kind, Guid.NewGuid(), null, name, null, languages, 1, null, [], "test", now);
        participant.Decide(ParticipantStatuses.Approved, "organizer", null, now);
        return participant;
    }
}
