using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SpecialtyTowns.TestKit;
using Xunit.Abstractions;

namespace SpecialtyTowns.EndToEnd.ExpoFigures;

/// <summary>
/// The live figures on the real servers: the REST routes count what happened, and a check-in at
/// the desk reaches SignalR clients on two gateway replicas (the Redis backplane carries each push
/// from whichever replica consumed the change to the other).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class LiveFiguresTests(SystemFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task GetEventFigures_WhenParticipantsCheckIn_CountsThemForTheOrganizerAndTheProvince()
    {
        var scene = await ExpoFiguresScene.CreateAsync(fixture, participants: 3);
        await scene.CheckInAsync(0);
        await scene.CheckInAsync(1);
        await scene.CheckInAsync(1);

        var figures = await scene.FiguresAsync(scene.Organizer);
        var province = await scene.FiguresAsync(fixture.Admin);
        using var all = await fixture.Admin.GetAsync("/api/v1/expo/figures");
        var events = (await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("events").EnumerateArray();

        Assert.Equal(2, figures.GetProperty("figures").GetProperty("checkedIn").GetInt32());
        Assert.Equal(3, figures.GetProperty("figures").GetProperty("approvedParticipants").GetInt32());
        Assert.Equal(2, province.GetProperty("figures").GetProperty("checkedIn").GetInt32());
        Assert.Equal(2, events.Single(e => e.GetProperty("eventId").GetString() == scene.EventId.ToString()).GetProperty("figures").GetProperty("checkedIn").GetInt32());
    }

    [Fact]
    public async Task GetEventFigures_WhenAnotherOrganizerAsks_IsNotFound()
    {
        var scene = await ExpoFiguresScene.CreateAsync(fixture, participants: 1);
        var other = fixture.NewClient(ExpoFiguresScene.Token(fixture, "organizer"));

        using var response = await other.GetAsync($"/api/v1/expo/events/{scene.EventId}/figures");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FiguresHub_WhenCheckInsHappen_PushesEachToClientsOnBothReplicas()
    {
        var scene = await ExpoFiguresScene.CreateAsync(fixture, participants: 6);
        await using var replica = await fixture.System.StartGatewayReplicaAsync(new Dictionary<string, string>());
        await using var onReplica = await ExpoFiguresScene.ConnectAsync(replica.HealthBase, scene.OrganizerToken);
        await using var onMain = await ExpoFiguresScene.ConnectAsync(scene.MainGateway, scene.OrganizerToken);
        var seenOnReplica = Received(onReplica);
        var seenOnMain = Received(onMain);
        var initial = await onReplica.InvokeAsync<JsonElement>("Watch", scene.EventId);
        await onMain.InvokeAsync<JsonElement>("Watch", scene.EventId);
        var latencies = new List<double>();

        for (var i = 0; i < scene.Participants.Length; i++)
        {
            var clock = Stopwatch.StartNew();
            await scene.CheckInAsync(i);
            await Eventually.TrueAsync(() => Task.FromResult(seenOnReplica.Contains(i + 1) && seenOnMain.Contains(i + 1)), Patience, $"{i + 1} checked in on both replicas' clients");
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        output.WriteLine($"check-in request to figure on both clients: {string.Join(", ", latencies.Select(l => $"{l:F0} ms"))}");
        Assert.Equal(0, initial.GetProperty("figures").GetProperty("checkedIn").GetInt32());
        Assert.Equal(scene.Participants.Length, seenOnReplica.Max());
    }

    [Fact]
    public async Task FiguresHub_WhenAnotherOrganizerWatchesTheEvent_IsRefusedAndGetsNothing()
    {
        var scene = await ExpoFiguresScene.CreateAsync(fixture, participants: 1);
        await using var stranger = await ExpoFiguresScene.ConnectAsync(scene.MainGateway, ExpoFiguresScene.Token(fixture, "organizer"));
        var seen = Received(stranger);

        var watch = () => stranger.InvokeAsync<JsonElement>("Watch", scene.EventId);

        await Assert.ThrowsAsync<HubException>(watch);
        await scene.CheckInAsync(0);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(seen);
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("town")]
    public async Task FiguresHub_WhenTheCallerIsNoOrganizerOrAdmin_CannotConnect(string role)
    {
        var token = ExpoFiguresScene.Token(fixture, role);

        var connect = () => ExpoFiguresScene.ConnectAsync(fixture.System.GatewayAddress, token);

        var failure = await Assert.ThrowsAsync<HttpRequestException>(connect);
        Assert.Equal(HttpStatusCode.Forbidden, failure.StatusCode);
    }

    private static ConcurrentBag<int> Received(HubConnection connection)
    {
        var seen = new ConcurrentBag<int>();
        connection.On<JsonElement>("figures", figures => seen.Add(figures.GetProperty("figures").GetProperty("checkedIn").GetInt32()));
        return seen;
    }
}
