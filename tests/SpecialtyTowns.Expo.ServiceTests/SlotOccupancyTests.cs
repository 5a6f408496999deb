extern alias expo;

using expo::SpecialtyTowns.Expo.Domain.Meetings;
using expo::SpecialtyTowns.Expo.Domain.Participants;
using expo::SpecialtyTowns.Expo.Domain.Setup;
using expo::SpecialtyTowns.Expo.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using Hall = expo::SpecialtyTowns.Expo.Domain.Setup.Hall;
using Participant = expo::SpecialtyTowns.Expo.Domain.Participants.Participant;
using Slot = expo::SpecialtyTowns.Expo.Domain.Setup.Slot;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>The schema itself refuses double bookings and overlapping slots, whoever writes them.</summary>
[Collection(ExpoCollection.Name)]
public sealed class SlotOccupancyTests(ExpoHost host)
{
    private static readonly DateOnly Opening = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(8);

    [Theory]
    [InlineData("participant", "participant-busy")]
    [InlineData("table", "table-busy")]
    public async Task SaveChanges_WhenTwoMeetingsShareAResourceInASlot_FailsWithTheRuleNamed(string shared, string rule)
    {
        var scene = await SceneAsync();
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        var first = Meeting.Create(scene.EventId, null, [scene.Participants[0], scene.Participants[1]], null, null, [], null, null, 1, DateTimeOffset.UtcNow);
        var second = Meeting.Create(scene.EventId, null, shared == "participant" ? [scene.Participants[0], scene.Participants[2]] : [scene.Participants[2], scene.Participants[3]], null, null, [], null, null, 1, DateTimeOffset.UtcNow);
        first.Place(scene.Slots[0], scene.Tables[0], null, "booking", true, DateTimeOffset.UtcNow);
        second.Place(scene.Slots[0], shared == "table" ? scene.Tables[0] : scene.Tables[1], null, "booking", true, DateTimeOffset.UtcNow);
        db.Meetings.Add(first);
        await db.SaveChangesAsync();
        db.Meetings.Add(second);

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(rule, OccupancyIndexes.Translate(failure)?.Rule);
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where event_id = $1", scene.EventId));
    }

    [Fact]
    public async Task SaveChanges_WhenAMeetingMovesToAnotherTableInItsSlot_KeepsOneRowPerResource()
    {
        var scene = await SceneAsync();
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        var meeting = Meeting.Create(scene.EventId, null, [scene.Participants[0], scene.Participants[1]], null, null, [], null, null, 1, DateTimeOffset.UtcNow);
        meeting.Place(scene.Slots[0], scene.Tables[0], null, "booking", true, DateTimeOffset.UtcNow);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();

        meeting.Place(scene.Slots[0], scene.Tables[1], null, "booking", true, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();

        Assert.Equal(3, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1", meeting.Id));
        Assert.Equal(1, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1 and resource_id = $2", meeting.Id, scene.Tables[1]));
    }

    [Fact]
    public async Task SaveChanges_WhenSlotsOfAnEventOverlap_IsRefusedByTheExclusionConstraint()
    {
        var scene = await SceneAsync();
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        var start = Start(scene).AddMinutes(10);
        db.Slots.Add(Slot.Create(scene.EventId, null, start, start.AddMinutes(30)));

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Contains("ex_slots_no_overlap", failure.InnerException?.Message ?? failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WhenASlotHasAPlacedMeeting_IsRefused()
    {
        var scene = await SceneAsync();
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        var meeting = Meeting.Create(scene.EventId, null, [scene.Participants[0], scene.Participants[1]], null, null, [], null, null, 1, DateTimeOffset.UtcNow);
        meeting.Place(scene.Slots[1], scene.Tables[0], null, "schedule", false, DateTimeOffset.UtcNow);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var deleted = db.Slots.Where(s => s.Id == scene.Slots[1]).ExecuteDeleteAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => deleted);
        Assert.Equal(1, await host.CountAsync("select count(*) from slots where id = $1", scene.Slots[1]));
    }

    private static DateTimeOffset Start(Scene scene) => new(Opening.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));

    private async Task<Scene> SceneAsync()
    {
        var created = await host.Client<ExpoService.ExpoServiceClient>(TestCaller.Organizer()).CreateEventAsync(new CreateEventRequest
        {
            Name = "占用测试 " + Guid.NewGuid().ToString("N")[..8],
            StartsOn = Opening.ToString("yyyy-MM-dd"),
            EndsOn = Opening.ToString("yyyy-MM-dd"),
            TimeZone = "Asia/Shanghai",
        });
        var eventId = Guid.Parse(created.Id);
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        var hall = Hall.Create(eventId, "一号馆", "Hall 1", 0);
        db.Halls.Add(hall);
        var tables = Enumerable.Range(1, 2).Select(i => ExpoTable.Create(eventId, hall.Id, $"A{i}", 4, null)).ToList();
        db.Tables.AddRange(tables);
        var start = new DateTimeOffset(Opening.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        var slots = Enumerable.Range(0, 2).Select(i => Slot.Create(eventId, null, start.AddMinutes(30 * i), start.AddMinutes((30 * i) + 25))).ToList();
        db.Slots.AddRange(slots);
        var participants = Enumerable.Range(0, 4).Select(i => Participant.Register(
            eventId, i % 2 == 0 ? ParticipantKinds.Investor : ParticipantKinds.Town, Guid.NewGuid(), null, $"参会方 {i}", null, ["zh"], 2, null, [], "test", DateTimeOffset.UtcNow)).ToList();
        db.Participants.AddRange(participants);
        await db.SaveChangesAsync();
        return new Scene(eventId, [.. slots.Select(s => s.Id)], [.. tables.Select(t => t.Id)], [.. participants.Select(p => p.Id)]);
    }

    private sealed record Scene(Guid EventId, Guid[] Slots, Guid[] Tables, Guid[] Participants);
}
