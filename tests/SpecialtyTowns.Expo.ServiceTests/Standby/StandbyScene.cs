extern alias expo;

using expo::SpecialtyTowns.Expo.Domain.CheckIn;
using expo::SpecialtyTowns.Expo.Domain.Meetings;
using expo::SpecialtyTowns.Expo.Domain.Participants;
using expo::SpecialtyTowns.Expo.Domain.Setup;
using expo::SpecialtyTowns.Expo.Domain.Standby;
using expo::SpecialtyTowns.Expo.Infrastructure;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using MeetingRequest = expo::SpecialtyTowns.Expo.Domain.Requests.MeetingRequest;
using Participant = expo::SpecialtyTowns.Expo.Domain.Participants.Participant;
using Slot = expo::SpecialtyTowns.Expo.Domain.Setup.Slot;
using StandbyPass = expo::SpecialtyTowns.Expo.Application.Standby.StandbyPass;

namespace SpecialtyTowns.Expo.ServiceTests.Standby;

/// <summary>
/// An event of its own on the day: a slot that started <see cref="StartedMinutesAgo"/> minutes ago
/// and runs on, a later slot, tables, approved investors and towns (each signed in as its own
/// account), written through the DbContext. Every investor and town match at <see cref="SceneScore"/>
/// as Leads would have scored them (a mutual interest, so each may be offered a freed place) unless the
/// scene is made unmatched. Meetings are placed in the running slot; venue check-ins are written as
/// the check-in desk would.
/// </summary>
public sealed class StandbyScene
{
    public const int StartedMinutesAgo = 15;

    public const double SceneScore = 50;

    private StandbyScene(ExpoHost host, TestCaller organizer, Guid eventId)
    {
        Host = host;
        Organizer = organizer;
        EventId = eventId;
    }

    public ExpoHost Host { get; }

    public TestCaller Organizer { get; }

    public Guid EventId { get; }

    public Guid RunningSlot { get; private set; }

    public Guid LaterSlot { get; private set; }

    public List<Guid> Tables { get; } = [];

    public List<Guid> Investors { get; } = [];

    public List<Guid> Towns { get; } = [];

    public Dictionary<Guid, TestCaller> Callers { get; } = [];

    public ExpoStandbyService.ExpoStandbyServiceClient As(TestCaller caller) => Host.Client<ExpoStandbyService.ExpoStandbyServiceClient>(caller);

    public ExpoStandbyService.ExpoStandbyServiceClient AsOrganizer => As(Organizer);

    public ExpoStandbyService.ExpoStandbyServiceClient AsParticipant(Guid participant) => As(Callers[participant]);

    public static async Task<StandbyScene> CreateAsync(ExpoHost host, int investors, int towns, int tables = 3, bool matched = true)
    {
        var organizer = TestCaller.Organizer();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await host.Client<ExpoService.ExpoServiceClient>(organizer).CreateEventAsync(new CreateEventRequest
        {
            Name = "候补测试 " + Guid.NewGuid().ToString("N")[..8],
            StartsOn = today.AddDays(1).ToString("yyyy-MM-dd"),
            EndsOn = today.AddDays(1).ToString("yyyy-MM-dd"),
            TimeZone = "Asia/Shanghai",
        });
        var scene = new StandbyScene(host, organizer, Guid.Parse(created.Id));
        await scene.WithDbAsync(db =>
        {
            var hall = Hall.Create(scene.EventId, "一号馆", "Hall 1", 0);
            db.Halls.Add(hall);
            var tableRows = Enumerable.Range(1, tables).Select(i => ExpoTable.Create(scene.EventId, hall.Id, $"T{i:00}", 4, "洽谈区")).ToList();
            db.Tables.AddRange(tableRows);
            var now = DateTimeOffset.UtcNow;
            var running = Slot.Create(scene.EventId, null, now.AddMinutes(-StartedMinutesAgo), now.AddMinutes(15));
            var later = Slot.Create(scene.EventId, null, now.AddMinutes(20), now.AddMinutes(45));
            db.Slots.AddRange(running, later);
            scene.RunningSlot = running.Id;
            scene.LaterSlot = later.Id;
            scene.Tables.AddRange(tableRows.Select(t => t.Id));
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
                    investor ? "Investor " + i : "Town " + i,
                    ["zh"],
                    1,
                    null,
                    [],
                    "test",
                    now);
                participant.Decide(ParticipantStatuses.Approved, "test", null, now);
                db.Participants.Add(participant);
                (investor ? scene.Investors : scene.Towns).Add(participant.Id);
                scene.Callers[participant.Id] = caller;
            }

            if (matched)
            {
                foreach (var (investor, town) in scene.Investors.SelectMany(i => scene.Towns.Select(t => (i, t))))
                {
                    db.StandbyMatches.Add(StandbyMatch.Of(scene.EventId, investor, town, SceneScore, "行业匹配", "Industry fits", now));
                    db.StandbyMatches.Add(StandbyMatch.Of(scene.EventId, town, investor, SceneScore, "行业匹配", "Industry fits", now));
                }
            }

            return Task.CompletedTask;
        });
        return scene;
    }

    /// <summary>A meeting between the participants placed at the table in the slot (the running one unless named).</summary>
    public async Task<Guid> PlacedMeetingAsync(Guid[] participants, int table, Guid? slot = null)
    {
        var meeting = Meeting.Create(EventId, null, participants, null, null, [], null, null, 1, DateTimeOffset.UtcNow);
        meeting.Place(slot ?? RunningSlot, Tables[table], null, "booking", locked: true, DateTimeOffset.UtcNow);
        await WithDbAsync(db =>
        {
            db.Meetings.Add(meeting);
            return Task.CompletedTask;
        });
        return meeting.Id;
    }

    /// <summary>Checks the participants in at the venue, one second apart in the given order.</summary>
    public Task CheckInAtVenueAsync(params Guid[] participants) => WithDbAsync(db =>
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-30);
        db.CheckIns.AddRange(participants.Select((p, i) => VenueCheckIn.Record(EventId, p, null, CheckInMethods.Search, "desk", at.AddSeconds(i))));
        return Task.CompletedTask;
    });

    /// <summary>A pending meeting request from one participant to another.</summary>
    public Task RequestAsync(Guid from, Guid to) => WithDbAsync(db =>
    {
        db.MeetingRequests.Add(MeetingRequest.Create(EventId, from, [to], "想见面", null, null, null, null, [], DateTimeOffset.UtcNow.AddDays(1), "participant", null, DateTimeOffset.UtcNow));
        return Task.CompletedTask;
    });

    public Task<NoShowResult> ConfirmAsync(Guid meeting, Guid noShow, Guid partner) =>
        AsParticipant(partner).ConfirmNoShowAsync(new ConfirmNoShowRequest { MeetingId = meeting.ToString(), ParticipantId = noShow.ToString() }).ResponseAsync;

    /// <summary>The rule a refusal names (its ErrorInfo reason).</summary>
    public static string? Rule(RpcException exception) => exception.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;

    public AnswerStandbyOfferRequest Answer(string offerId) => new() { Id = offerId, RequestId = Guid.NewGuid().ToString() };

    public async Task PassAsync()
    {
        using var scope = Host.Server.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<StandbyPass>().ExecuteAsync(CancellationToken.None);
    }

    public async Task WithDbAsync(Func<ExpoDbContext, Task> change)
    {
        using var scope = Host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }
}
