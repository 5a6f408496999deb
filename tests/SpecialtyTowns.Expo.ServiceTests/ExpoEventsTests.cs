using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests;

[Collection(ExpoCollection.Name)]
public sealed class ExpoEventsTests(ExpoHost host)
{
    // Relative to now: events must start within a year back and five years ahead (EventDates).
    private static readonly DateOnly Opening = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(7);

    [Fact]
    public async Task CreateEvent_WhenOrganizer_ReturnsTheEventAndWritesExpoEventScheduled()
    {
        var organizer = TestCaller.Organizer();
        var request = Creation();

        var created = await Client(organizer).CreateEventAsync(request);

        Assert.True(Guid.TryParse(created.Id, out _));
        Assert.Equal(organizer.Subject, created.OrganizerId);
        Assert.Equal(request.Name, created.Name);
        Assert.Equal("Shanxi Specialty Towns Expo", created.NameEn);
        Assert.Equal("太原市", created.City);
        Assert.Equal(Day(Opening), created.StartsOn);
        Assert.Equal(Day(Opening.AddDays(2)), created.EndsOn);
        Assert.Equal("Asia/Shanghai", created.TimeZone);
        Assert.Equal(1, await host.CountOutboxAsync("ExpoEventScheduled", created.Id));
    }

    [Fact]
    public async Task CreateEvent_WhenRetriedWithSameRequestId_ReturnsTheFirstEventAndOneOutboxRow()
    {
        var client = Client(TestCaller.Organizer());
        var request = Creation(Guid.NewGuid().ToString());

        var first = await client.CreateEventAsync(request);
        var retry = await client.CreateEventAsync(request);

        Assert.Equal(first, retry);
        Assert.Equal(1, await host.CountOutboxAsync("ExpoEventScheduled", first.Id));
    }

    [Fact]
    public async Task CreateEvent_WhenAnotherOrganizerUsesTheRequestId_CreatesItsOwnEvent()
    {
        var request = Creation(Guid.NewGuid().ToString());

        var first = await Client(TestCaller.Organizer()).CreateEventAsync(request);
        var second = await Client(TestCaller.Organizer()).CreateEventAsync(request);

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task CreateEvent_WhenFieldsInvalid_FailsInvalidArgumentNamingThem()
    {
        var request = Creation();
        request.Name = string.Empty;
        request.StartsOn = "28/06/2027";
        request.EndsOn = string.Empty;
        request.TimeZone = "Mars/Olympus";

        await RpcAssert.InvalidArgumentAsync(() => Client(TestCaller.Organizer()).CreateEventAsync(request).ResponseAsync, "name", "starts_on", "ends_on", "time_zone");
    }

    [Fact]
    public async Task CreateEvent_WhenEndsBeforeItStarts_FailsFailedPrecondition()
    {
        var request = Creation();
        request.EndsOn = Day(Opening.AddDays(-27));

        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Client(TestCaller.Organizer()).CreateEventAsync(request).ResponseAsync);
    }

    [Theory]
    [InlineData("0001-01-01", "9999-12-31", "starts_on")]
    [InlineData("1900-01-01", "1900-01-02", "starts_on")]
    [InlineData("+2y", "+5y", "ends_on")]
    [InlineData("+6y", "+6y", "starts_on")]
    public async Task CreateEvent_WhenDatesImplausible_FailsInvalidArgumentNamingTheFieldAndStoresNothing(string startsOn, string endsOn, string field)
    {
        var request = Creation();
        request.StartsOn = Relative(startsOn);
        request.EndsOn = Relative(endsOn);

        await RpcAssert.InvalidArgumentAsync(() => Client(TestCaller.Organizer()).CreateEventAsync(request).ResponseAsync, field);
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM events WHERE name = $1", request.Name));
    }

    [Fact]
    public async Task UpdateEvent_WhenItWouldLastOverAMonth_FailsInvalidArgumentAndKeepsTheDates()
    {
        var created = await Client(TestCaller.Admin()).CreateEventAsync(Creation());

        await RpcAssert.InvalidArgumentAsync(
            () => Client(TestCaller.Admin()).UpdateEventAsync(new UpdateEventRequest { Id = created.Id, EndsOn = Day(Opening.AddDays(31)) }).ResponseAsync,
            "ends_on");
        Assert.Equal(created, await Client(TestCaller.Anonymous()).GetEventAsync(new GetEventRequest { Id = created.Id }));
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("town")]
    [InlineData("enterprise")]
    [InlineData("anonymous")]
    public async Task CreateEvent_WhenNotOrganizerOrAdmin_FailsPermissionDenied(string role)
    {
        var request = Creation();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(TestCaller.OfRole(role)).CreateEventAsync(request).ResponseAsync);
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM events WHERE name = $1", request.Name));
    }

    [Fact]
    public async Task CreateEvent_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => Client(null).CreateEventAsync(Creation()).ResponseAsync);
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("investor")]
    public async Task GetEvent_WhenAnyCaller_ReturnsIt(string role)
    {
        var created = await Client(TestCaller.Admin()).CreateEventAsync(Creation());

        var found = await Client(TestCaller.OfRole(role)).GetEventAsync(new GetEventRequest { Id = created.Id });

        Assert.Equal(created, found);
    }

    [Fact]
    public async Task GetEvent_WhenUnknownOrIdInvalid_FailsNotFoundOrInvalidArgument()
    {
        var client = Client(TestCaller.Anonymous());

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetEventAsync(new GetEventRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => client.GetEventAsync(new GetEventRequest { Id = "e-1" }).ResponseAsync, "id");
    }

    [Theory]
    [InlineData("organizer")]
    [InlineData("admin")]
    public async Task UpdateEvent_WhenItsOrganizerOrAdmin_ChangesSetFieldsAndAnnouncesIt(string who)
    {
        var organizer = TestCaller.Organizer();
        var created = await Client(organizer).CreateEventAsync(Creation());

        var updated = await Client(who == "organizer" ? organizer : TestCaller.Admin())
            .UpdateEventAsync(new UpdateEventRequest { Id = created.Id, City = "大同市", EndsOn = Day(Opening.AddDays(3)) });

        Assert.Equal("大同市", updated.City);
        Assert.Equal(Day(Opening.AddDays(3)), updated.EndsOn);
        Assert.Equal(created.Name, updated.Name);
        Assert.Equal(created.StartsOn, updated.StartsOn);
        Assert.Equal(updated, await Client(TestCaller.Anonymous()).GetEventAsync(new GetEventRequest { Id = created.Id }));
        Assert.Equal(2, await host.CountOutboxAsync("ExpoEventScheduled", created.Id));
    }

    [Theory]
    [InlineData("organizer")]
    [InlineData("investor")]
    [InlineData("town")]
    [InlineData("anonymous")]
    public async Task UpdateEvent_WhenNotItsOrganizerOrAdmin_FailsPermissionDenied(string role)
    {
        var created = await Client(TestCaller.Organizer()).CreateEventAsync(Creation());

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(TestCaller.OfRole(role)).UpdateEventAsync(new UpdateEventRequest { Id = created.Id, City = "大同市" }).ResponseAsync);
        Assert.Equal(1, await host.CountOutboxAsync("ExpoEventScheduled", created.Id));
    }

    [Fact]
    public async Task UpdateEvent_WhenUnknown_FailsNotFound()
    {
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Client(TestCaller.Admin()).UpdateEventAsync(new UpdateEventRequest { Id = Guid.NewGuid().ToString(), City = "大同市" }).ResponseAsync);
    }

    [Fact]
    public async Task UpdateEvent_WhenFieldsInvalid_FailsInvalidArgumentNamingThem()
    {
        var created = await Client(TestCaller.Admin()).CreateEventAsync(Creation());

        await RpcAssert.InvalidArgumentAsync(
            () => Client(TestCaller.Admin()).UpdateEventAsync(new UpdateEventRequest { Id = created.Id, Name = " ", StartsOn = "tomorrow" }).ResponseAsync,
            "name", "starts_on");
    }

    [Fact]
    public async Task UpdateEvent_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => Client(null).UpdateEventAsync(new UpdateEventRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task CreateEvent_WhenNameHasNulOrCityALineBreak_FailsInvalidArgumentAndStoresNothing()
    {
        var request = Creation();
        var name = request.Name;
        request.Name += "\u0000";
        request.City = "太原\n市";

        await RpcAssert.InvalidArgumentAsync(() => Client(TestCaller.Admin()).CreateEventAsync(request).ResponseAsync, "name", "city");
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM events WHERE name LIKE $1", name + "%"));
    }

    private static CreateEventRequest Creation(string? requestId = null) => new()
    {
        RequestId = requestId ?? string.Empty,
        Name = "山西特色专业镇投资贸易博览会 " + Guid.NewGuid().ToString("N")[..8],
        NameEn = "Shanxi Specialty Towns Expo",
        City = "太原市",
        StartsOn = Day(Opening),
        EndsOn = Day(Opening.AddDays(2)),
    };

    // "+2y": that many years after Opening; anything else is a literal date.
    private static string Relative(string value) =>
        value.StartsWith('+') ? Day(Opening.AddYears(int.Parse(value[1..^1], System.Globalization.CultureInfo.InvariantCulture))) : value;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private ExpoService.ExpoServiceClient Client(TestCaller? caller) => host.Client<ExpoService.ExpoServiceClient>(caller);
}
