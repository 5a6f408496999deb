using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.Figures;

/// <summary>The live figures counted from the expo day's own tables, and who may read them.</summary>
[Collection(ExpoCollection.Name)]
public sealed class EventFiguresTests(ExpoHost host)
{
    [Fact]
    public async Task GetEventFigures_WhenTheDayIsUnderWay_CountsEveryFigureOnce()
    {
        var scene = await FiguresScene.CreateAsync(host);

        var figures = await host.Client<ExpoFiguresService.ExpoFiguresServiceClient>(scene.Organizer)
            .GetEventFiguresAsync(new GetEventFiguresRequest { EventId = scene.EventId.ToString() });

        var counts = figures.Counts;
        Assert.Equal(scene.EventId.ToString(), figures.EventId);
        Assert.Equal(3, counts.CheckedIn);
        Assert.Equal(6, counts.ApprovedParticipants);
        Assert.Equal(2, counts.MeetingsRunning);
        Assert.Equal(4, counts.MeetingsPlaced);
        Assert.Equal(1, counts.Held);
        Assert.Equal(1, counts.NoShows);
        Assert.Equal(1, counts.ProvisionalNoShows);
        Assert.Equal(1, counts.Refilled);
        Assert.Equal(1, counts.RequestsPendingTooLong);
        Assert.Equal(2, counts.LeadsCreated);
        Assert.Equal(2, counts.DealsSigned);
        Assert.Equal((long)(FiguresScene.CommittedYuan * 100), counts.CommittedFen);
    }

    [Fact]
    public async Task GetEventFigures_WhenTheEventHasNothingYet_AnswersZeros()
    {
        var organizer = TestCaller.Organizer();
        var created = await host.Client<ExpoService.ExpoServiceClient>(organizer).CreateEventAsync(new CreateEventRequest
        {
            Name = "空展会 " + Guid.NewGuid().ToString("N")[..8],
            StartsOn = "2027-05-01",
            EndsOn = "2027-05-02",
            TimeZone = "Asia/Shanghai",
        });

        var figures = await host.Client<ExpoFiguresService.ExpoFiguresServiceClient>(organizer).GetEventFiguresAsync(new GetEventFiguresRequest { EventId = created.Id });

        Assert.Equal(new FigureCounts(), figures.Counts);
    }

    [Theory]
    [InlineData("organizer")]
    [InlineData("investor")]
    [InlineData("anonymous")]
    public async Task GetEventFigures_WhenTheCallerDoesNotRunTheEvent_IsNotFound(string role)
    {
        var scene = await FiguresScene.CreateAsync(host);
        var figures = host.Client<ExpoFiguresService.ExpoFiguresServiceClient>(TestCaller.OfRole(role));

        var call = () => figures.GetEventFiguresAsync(new GetEventFiguresRequest { EventId = scene.EventId.ToString() }).ResponseAsync;

        await RpcAssert.FailsAsync(StatusCode.NotFound, call);
    }

    [Fact]
    public async Task GetEventFigures_WhenAnAdminAsks_AnswersTheSameFigures()
    {
        var scene = await FiguresScene.CreateAsync(host);

        var figures = await host.Client<ExpoFiguresService.ExpoFiguresServiceClient>(TestCaller.Admin()).GetEventFiguresAsync(new GetEventFiguresRequest { EventId = scene.EventId.ToString() });

        Assert.Equal(3, figures.Counts.CheckedIn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    public async Task GetEventFigures_WhenTheEventIdIsNoGuid_NamesTheField(string eventId)
    {
        var figures = host.Client<ExpoFiguresService.ExpoFiguresServiceClient>(TestCaller.Organizer());

        var call = () => figures.GetEventFiguresAsync(new GetEventFiguresRequest { EventId = eventId }).ResponseAsync;

        await RpcAssert.InvalidArgumentAsync(call, "event_id");
    }

    [Fact]
    public async Task GetProvinceFigures_WhenAnAdminAsks_ListsEachEventWithTotalsThatAddUp()
    {
        var first = await FiguresScene.CreateAsync(host);
        var second = await FiguresScene.CreateAsync(host);

        var province = await host.Client<ExpoFiguresService.ExpoFiguresServiceClient>(TestCaller.Admin()).GetProvinceFiguresAsync(new GetProvinceFiguresRequest());

        var ours = province.Events.Where(e => e.EventId == first.EventId.ToString() || e.EventId == second.EventId.ToString()).ToList();
        Assert.Equal(2, ours.Count);
        Assert.All(ours, e => Assert.Equal(3, e.Counts.CheckedIn));
        Assert.Equal(province.Events.Sum(e => e.Counts.CheckedIn), province.Totals.CheckedIn);
        Assert.Equal(province.Events.Sum(e => e.Counts.CommittedFen), province.Totals.CommittedFen);
    }

    [Theory]
    [InlineData("organizer")]
    [InlineData("town")]
    public async Task GetProvinceFigures_WhenTheCallerIsNoAdmin_IsRefused(string role)
    {
        var figures = host.Client<ExpoFiguresService.ExpoFiguresServiceClient>(TestCaller.OfRole(role));

        var call = () => figures.GetProvinceFiguresAsync(new GetProvinceFiguresRequest()).ResponseAsync;

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, call);
    }
}
