extern alias expo;

using expo::SpecialtyTowns.Expo.Domain.Participants;
using expo::SpecialtyTowns.Expo.Domain.Setup;
using expo::SpecialtyTowns.Expo.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using Attendee = expo::SpecialtyTowns.Expo.Domain.Participants.Attendee;
using Participant = expo::SpecialtyTowns.Expo.Domain.Participants.Participant;
using Slot = expo::SpecialtyTowns.Expo.Domain.Setup.Slot;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>An event with approved participants of each kind and the callers acting for them, for the request tests.</summary>
public sealed record RequestScene(Guid EventId, Guid[] Slots, IReadOnlyList<RequestScene.Member> Members, TestCaller Organizer)
{
    private static readonly DateOnly Opening = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(9);

    public Member Investor(int i) => Members.Where(m => m.Kind == ParticipantKinds.Investor).ElementAt(i);

    public Member Town(int i) => Members.Where(m => m.Kind == ParticipantKinds.Town).ElementAt(i);

    public Member Enterprise(int i) => Members.Where(m => m.Kind == ParticipantKinds.Enterprise).ElementAt(i);

    public static async Task<RequestScene> CreateAsync(ExpoHost host, int perKind = 2, string status = ParticipantStatuses.Approved, Action<expo::SpecialtyTowns.Expo.Domain.ExpoEvent>? settings = null)
    {
        var organizer = TestCaller.Organizer();
        var created = await host.Client<ExpoService.ExpoServiceClient>(organizer).CreateEventAsync(new CreateEventRequest
        {
            Name = "洽谈会 " + Guid.NewGuid().ToString("N")[..8],
            StartsOn = Opening.ToString("yyyy-MM-dd"),
            EndsOn = Opening.ToString("yyyy-MM-dd"),
            TimeZone = "Asia/Shanghai",
        });
        var eventId = Guid.Parse(created.Id);
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        if (settings is not null)
        {
            settings(await db.Events.FindAsync(eventId) ?? throw new InvalidOperationException("no event"));
        }

        var start = new DateTimeOffset(Opening.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        var slots = Enumerable.Range(0, 3).Select(i => Slot.Create(eventId, null, start.AddMinutes(30 * i), start.AddMinutes((30 * i) + 25))).ToList();
        db.Slots.AddRange(slots);
        var members = new List<Member>();
        foreach (var kind in ParticipantKinds.All)
        {
            for (var i = 0; i < perKind; i++)
            {
                var caller = kind switch
                {
                    ParticipantKinds.Investor => TestCaller.Investor(),
                    ParticipantKinds.Town => TestCaller.Town(Guid.NewGuid()),
                    _ => TestCaller.Enterprise(Guid.NewGuid()),
                };
                var subject = caller.TownId ?? caller.EnterpriseId ?? Guid.Parse(caller.Subject);
                var attendee = new Attendee { Id = Guid.NewGuid(), Name = $"{kind} 代表 {i}" };
                var participant = Participant.Register(eventId, kind, subject, null, $"{kind} 参会方 {i}", $"{kind} participant {i}", ["zh"], 2, null, [attendee], "test", DateTimeOffset.UtcNow);
                participant.Decide(status, "test", null, DateTimeOffset.UtcNow);
                db.Participants.Add(participant);
                members.Add(new Member(participant.Id, kind, caller, attendee.Id));
            }
        }

        await db.SaveChangesAsync();
        return new RequestScene(eventId, [.. slots.Select(s => s.Id)], members, organizer);
    }

    public sealed record Member(Guid Id, string Kind, TestCaller Caller, Guid AttendeeId);
}
