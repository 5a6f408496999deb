using SpecialtyTowns.Expo.ServiceTests.Bookings;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.Outcomes;

/// <summary>Leads' events about leads an event's meetings made become ExpoLead rows; a signed deal marks its row with the yuan committed.</summary>
[Collection(ExpoCollection.Name)]
public sealed class ExpoLeadTests(ExpoHost host)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Consume_WhenAMeetingCreatedALeadThatIsSigned_CountsItCreatedAndSignedInYuan()
    {
        var (scene, meeting) = await MeetingAsync();
        var leadId = Guid.NewGuid();
        var created = Created(leadId, scene.EventId, meeting);

        await host.PublishAsync(created);
        await host.PublishAsync(created);
        await Eventually.TrueAsync(async () => await host.CountAsync("select count(*) from expo_leads where lead_id = $1 and created", leadId) == 1, Wait, "the expo lead");
        var dealId = Guid.NewGuid();
        await host.PublishAsync(new DealSigned(dealId, leadId, Guid.NewGuid(), Guid.NewGuid(), "山西投资集团", null, null, 123_456_789, DateOnly.FromDateTime(DateTime.UtcNow), "HT-1", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3), DateTimeOffset.UtcNow));

        await Eventually.TrueAsync(async () => await host.CountAsync("select count(*) from expo_leads where lead_id = $1 and deal_id = $2 and committed_yuan = 1234567.89", leadId, dealId) == 1, Wait, "the signed deal");
        Assert.Equal(1, await host.CountAsync("select count(*) from expo_leads where event_id = $1", scene.EventId));
    }

    [Fact]
    public async Task Consume_WhenAMeetingAdvancedAnExistingLead_CountsItAdvancedNotCreated()
    {
        var (scene, meeting) = await MeetingAsync();
        var leadId = Guid.NewGuid();

        await host.PublishAsync(new LeadStageChanged(leadId, Guid.NewGuid(), Guid.NewGuid(), null, null, "lead", "contacted", null, null, "expo", 2, DateTimeOffset.UtcNow, "inbound", scene.EventId, meeting));

        await Eventually.TrueAsync(async () => await host.CountAsync("select count(*) from expo_leads where lead_id = $1 and not created and meeting_id = $2", leadId, meeting) == 1, Wait, "the advanced lead");
    }

    [Fact]
    public async Task Consume_WhenALeadIsCountedAndSigned_AnnouncesTheFiguresChangedOncePerChange()
    {
        var (scene, meeting) = await MeetingAsync();
        var leadId = Guid.NewGuid();
        var created = Created(leadId, scene.EventId, meeting);

        await host.PublishAsync(created);
        await host.PublishAsync(created);
        await Eventually.TrueAsync(async () => await host.CountAsync("select count(*) from expo_leads where lead_id = $1", leadId) == 1, Wait, "the expo lead");
        await host.PublishAsync(new DealSigned(Guid.NewGuid(), leadId, Guid.NewGuid(), Guid.NewGuid(), "山西投资集团", null, null, 500, DateOnly.FromDateTime(DateTime.UtcNow), "HT-3", DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => await host.CountAsync("select count(*) from expo_leads where lead_id = $1 and deal_id is not null", leadId) == 1, Wait, "the signed deal");

        Assert.Equal(2, await host.CountOutboxAsync("EventFiguresChanged", scene.EventId.ToString()));
    }

    [Fact]
    public async Task Consume_WhenLeadsEventsNameNoExpoMeeting_CountsNothing()
    {
        var leadId = Guid.NewGuid();

        await host.PublishAsync(new LeadCreated(leadId, Guid.NewGuid(), Guid.NewGuid(), "lead", DateTimeOffset.UtcNow));
        await host.PublishAsync(new DealSigned(Guid.NewGuid(), leadId, Guid.NewGuid(), Guid.NewGuid(), "山西投资集团", null, null, 100, DateOnly.FromDateTime(DateTime.UtcNow), "HT-2", DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow));
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(0, await host.CountAsync("select count(*) from expo_leads where lead_id = $1", leadId));
    }

    private static LeadCreated Created(Guid leadId, Guid eventId, Guid meetingId) =>
        new(leadId, Guid.NewGuid(), Guid.NewGuid(), "lead", DateTimeOffset.UtcNow, Guid.NewGuid(), null, null, "expo-meeting", null, eventId, meetingId);

    private async Task<(BookingScene Scene, Guid Meeting)> MeetingAsync()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 1);
        return (scene, await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]));
    }
}
