extern alias expo;

using expo::SpecialtyTowns.Expo.Domain.CheckIn;
using expo::SpecialtyTowns.Expo.Domain.Figures;
using expo::SpecialtyTowns.Expo.Domain.Meetings;
using expo::SpecialtyTowns.Expo.Domain.Outcomes;
using expo::SpecialtyTowns.Expo.Domain.Participants;
using expo::SpecialtyTowns.Expo.Domain.Requests;
using expo::SpecialtyTowns.Expo.Domain.Setup;
using expo::SpecialtyTowns.Expo.Domain.Standby;
using expo::SpecialtyTowns.Expo.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using Hall = expo::SpecialtyTowns.Expo.Domain.Setup.Hall;
using StandbyOffer = expo::SpecialtyTowns.Expo.Domain.Standby.StandbyOffer;
using MeetingRequest = expo::SpecialtyTowns.Expo.Domain.Requests.MeetingRequest;
using Participant = expo::SpecialtyTowns.Expo.Domain.Participants.Participant;
using Slot = expo::SpecialtyTowns.Expo.Domain.Setup.Slot;

namespace SpecialtyTowns.Expo.ServiceTests.Figures;

/// <summary>
/// An expo day in full swing, written through the domain and the DbContext: 3 participants checked
/// in (one with two badges), 2 meetings running now (one with a provisional no-show), 1 held, 1
/// ended by a no-show and refilled, 1 request pending too long, 2 leads created, 2 deals signed
/// (1,234,667.89 yuan). Rows that must not count sit beside each of them.
/// </summary>
public sealed record FiguresScene(Guid EventId, TestCaller Organizer)
{
    public const decimal CommittedYuan = 1_234_667.89m;

    public static async Task<FiguresScene> CreateAsync(ExpoHost host)
    {
        var organizer = TestCaller.Organizer();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await host.Client<ExpoService.ExpoServiceClient>(organizer).CreateEventAsync(new CreateEventRequest
        {
            Name = "现场数据 " + Guid.NewGuid().ToString("N")[..8],
            StartsOn = today.AddDays(-1).ToString("yyyy-MM-dd"),
            EndsOn = today.AddDays(1).ToString("yyyy-MM-dd"),
            TimeZone = "Asia/Shanghai",
        });
        var eventId = Guid.Parse(created.Id);
        var now = DateTimeOffset.UtcNow;
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        var hall = Hall.Create(eventId, "一号馆", "Hall 1", 0);
        db.Halls.Add(hall);
        var tables = Enumerable.Range(1, 2).Select(i => ExpoTable.Create(eventId, hall.Id, $"A{i}", 4, null)).ToList();
        db.Tables.AddRange(tables);
        var running = Slot.Create(eventId, null, now.AddMinutes(-5), now.AddMinutes(20));
        var past = Slot.Create(eventId, null, now.AddHours(-3), now.AddHours(-3).AddMinutes(25));
        db.Slots.AddRange(running, past);
        var people = Enumerable.Range(0, 7).Select(i => Participant.Register(
            eventId, i % 2 == 0 ? ParticipantKinds.Investor : ParticipantKinds.Town, Guid.NewGuid(), null, $"参会方 {i}", null, ["zh"], 2, null, [], "test", now)).ToList();
        foreach (var person in people.Take(6))
        {
            person.Decide(ParticipantStatuses.Approved, "test", null, now);
        }

        db.Participants.AddRange(people);
        var p = people.Select(x => x.Id).ToArray();
        db.CheckIns.AddRange(
            VenueCheckIn.Record(eventId, p[0], null, CheckInMethods.Scan, "desk", now),
            VenueCheckIn.Record(eventId, p[0], Guid.NewGuid(), CheckInMethods.Scan, "desk", now),
            VenueCheckIn.Record(eventId, p[1], null, CheckInMethods.Code, "desk", now),
            VenueCheckIn.Record(eventId, p[2], null, CheckInMethods.Search, "desk", now));

        var talking = Placed(eventId, [p[0], p[1]], running, tables[0], now);
        var waiting = Placed(eventId, [p[4], p[5]], running, tables[1], now);
        waiting.Parties.Single(x => x.ParticipantId == p[5]).MarkNoShow(NoShowStates.Provisional, now);
        var missed = Placed(eventId, [p[2], p[3]], past, tables[0], now);
        var heldMeeting = Placed(eventId, [p[0], p[1]], past, tables[1], now);
        db.Meetings.AddRange(talking, waiting, missed, heldMeeting);
        await db.SaveChangesAsync();
        missed.MarkNoShow(now);
        await db.SaveChangesAsync();

        db.Outcomes.AddRange(
            MeetingOutcome.Record(eventId, heldMeeting.Id, p[0], true, 5, NextSteps.SiteVisit, null, "test", now),
            MeetingOutcome.Record(eventId, heldMeeting.Id, p[1], true, 4, NextSteps.FollowUp, null, "test", now),
            MeetingOutcome.Record(eventId, talking.Id, p[0], false, null, NextSteps.None, null, "test", now));
        var accepted = StandbyOffer.Make(eventId, missed.Id, p[2], new StandbyCandidate(p[4], StandbyInterest.Pending, now), past.Id, tables[0].Id, 2, now, TimeSpan.FromMinutes(3));
        var declined = StandbyOffer.Make(eventId, missed.Id, p[2], new StandbyCandidate(p[1], StandbyInterest.Pending, now), past.Id, tables[0].Id, 1, now, TimeSpan.FromMinutes(3));
        declined.Close(StandbyOfferStatuses.Declined, null, now);
        accepted.Close(StandbyOfferStatuses.Accepted, heldMeeting.Id, now);
        db.StandbyOffers.AddRange(declined, accepted);

        var tooLong = Request(eventId, p[0], p[3], now.AddHours(-49));
        var fresh = Request(eventId, p[1], p[4], now.AddHours(-1));
        var closed = Request(eventId, p[2], p[5], now.AddHours(-100));
        closed.Close(RequestStatuses.Declined, now);
        db.MeetingRequests.AddRange(tooLong, fresh, closed);

        var signed = ExpoLead.Seen(Guid.NewGuid(), eventId, heldMeeting.Id, true, now);
        signed.Signed(Guid.NewGuid(), 1_234_567.89m, now);
        var advanced = ExpoLead.Seen(Guid.NewGuid(), eventId, heldMeeting.Id, false, now);
        advanced.Signed(Guid.NewGuid(), 100m, now);
        db.ExpoLeads.AddRange(signed, advanced, ExpoLead.Seen(Guid.NewGuid(), eventId, heldMeeting.Id, true, now));
        await db.SaveChangesAsync();
        return new FiguresScene(eventId, organizer);
    }

    private static Meeting Placed(Guid eventId, Guid[] parties, Slot slot, ExpoTable table, DateTimeOffset now)
    {
        var meeting = Meeting.Create(eventId, null, parties, null, null, [], null, null, 1, now);
        meeting.Place(slot.Id, table.Id, null, "booking", true, now);
        return meeting;
    }

    private static MeetingRequest Request(Guid eventId, Guid from, Guid to, DateTimeOffset at) =>
        MeetingRequest.Create(eventId, from, [to], null, null, null, null, null, [], at.AddHours(72), "participant", null, at);
}
