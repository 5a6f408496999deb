extern alias expo;

using expo::SpecialtyTowns.Expo.Domain.Participants;
using expo::SpecialtyTowns.Expo.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Expo.ServiceTests.Bookings;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using Participant = expo::SpecialtyTowns.Expo.Domain.Participants.Participant;

namespace SpecialtyTowns.Expo.ServiceTests.CheckIn;

/// <summary>A booking scene for the day: the desk's and the participants' check-in clients, a delegation with attendees, placed meetings.</summary>
public sealed class CheckInScene(BookingScene scene)
{
    public BookingScene Scene { get; } = scene;

    public string EventId => Scene.EventId.ToString();

    public ExpoCheckInService.ExpoCheckInServiceClient Desk => Scene.Host.Client<ExpoCheckInService.ExpoCheckInServiceClient>(Scene.Organizer);

    public static async Task<CheckInScene> CreateAsync(ExpoHost host, int investors = 1, int towns = 1) =>
        new(await BookingScene.CreateAsync(host, slots: 2, tableSeats: [8, 8], investors: investors, towns: towns));

    public ExpoCheckInService.ExpoCheckInServiceClient As(Guid participant) => Scene.Host.Client<ExpoCheckInService.ExpoCheckInServiceClient>(Scene.Callers[participant]);

    /// <summary>An approved town delegation with two officials; returns it and the attendees' ids.</summary>
    public async Task<(Guid Participant, Guid[] Attendees)> DelegationAsync()
    {
        var caller = TestCaller.Town(Guid.NewGuid());
        Attendee[] attendees = [new() { Id = Guid.NewGuid(), Name = "王建国", Title = "镇长" }, new() { Id = Guid.NewGuid(), Name = "李红", Title = "招商办主任" }];
        var participant = Participant.Register(Scene.EventId, ParticipantKinds.Town, caller.TownId!.Value, null, "清徐县孟封镇", "Mengfeng Town", ["zh"], 2, null, attendees, "test", DateTimeOffset.UtcNow);
        participant.Decide(ParticipantStatuses.Approved, "test", null, DateTimeOffset.UtcNow);
        using var scope = Scene.Host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        db.Participants.Add(participant);
        await db.SaveChangesAsync();
        Scene.Callers[participant.Id] = caller;
        return (participant.Id, [.. attendees.Select(a => a.Id)]);
    }

    /// <summary>A meeting of the first investor and the first town, booked into the first slot.</summary>
    public async Task<Guid> PlacedMeetingAsync()
    {
        var meeting = await Scene.MeetingAsync([Scene.Investors[0], Scene.Towns[0]]);
        await Scene.AsOrganizer.BookMeetingAsync(Scene.Booking(meeting, Scene.Slots[0], Scene.Tables[0]));
        return meeting;
    }

    public async Task<string> BadgeAsync(Guid participant, Guid? attendee = null) =>
        (await As(participant).GetBadgeAsync(new GetBadgeRequest { EventId = EventId, AttendeeId = attendee?.ToString() ?? string.Empty })).Token;
}
