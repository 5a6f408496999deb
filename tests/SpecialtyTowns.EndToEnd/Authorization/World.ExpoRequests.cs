using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// Meeting requests of the world, made on first use through the Expo service: the investor, town and
/// enterprise actors registered and approved in event A; every owned call gets a fresh request with a
/// fresh other party (so no call finds its request already answered or already open), every
/// non-owned one a request between two strangers in event B.
/// </summary>
public sealed partial class World
{
    private readonly Dictionary<string, TestCaller> _expoCallers = [];
    private readonly Dictionary<string, string> _expoParticipants = [];
    private GrpcChannel? _expoChannel;
    private Task? _expoRegistered;

    /// <summary>The event the actor takes part in (A), or one it has nothing to do with (B).</summary>
    public async Task<string> ExpoEventFor(bool owned)
    {
        await ExpoRegisteredAsync();
        return owned ? EventA : EventB;
    }

    /// <summary>A body sending a request to a fresh participant of event A.</summary>
    public async Task<object?> ExpoSendBodyAsync(string role)
    {
        await ExpoRegisteredAsync();
        var to = await ExpoStrangerAsync(EventA, role == Actor.Investor ? "town" : "investor");
        return new { toParticipantIds = new[] { to.Id }, message = "矩阵洽谈 matrix meeting" };
    }

    /// <summary>
    /// A pending request the actor is a party to in event A (sent by it when <paramref name="asSender"/>),
    /// or, not owned, one between two strangers in event B. Organizers and admins get one in A (or B).
    /// </summary>
    public async Task<string> ExpoRequestFor(string role, bool owned, bool asSender = false)
    {
        await ExpoRegisteredAsync();
        if (!owned || !_expoCallers.TryGetValue(role, out var actor))
        {
            var eventId = owned ? EventA : EventB;
            var from = await ExpoStrangerAsync(eventId, "investor");
            var to = await ExpoStrangerAsync(eventId, "town");
            return await ExpoSendAsync(from.Caller, eventId, to.Id);
        }

        var other = await ExpoStrangerAsync(EventA, role == Actor.Investor ? "town" : "investor");
        return asSender
            ? await ExpoSendAsync(actor, EventA, other.Id)
            : await ExpoSendAsync(other.Caller, EventA, _expoParticipants[role]);
    }


    private Task ExpoRegisteredAsync() => _expoRegistered ??= RegisterExpoActorsAsync();

    private async Task RegisterExpoActorsAsync()
    {
        _expoChannel = GrpcChannel.ForAddress(fixture.System.GrpcAddresses["expo"]);
        foreach (var role in new[] { Actor.Investor, Actor.Town, Actor.Enterprise })
        {
            var me = await Actors[role].Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
            var caller = new TestCaller(
                me.GetProperty("id").GetString()!,
                role,
                TownId: Guid.TryParse(me.GetProperty("townId").GetString(), out var town) ? town : null,
                EnterpriseId: Guid.TryParse(me.GetProperty("enterpriseId").GetString(), out var enterprise) ? enterprise : null);
            _expoCallers[role] = caller;
            _expoParticipants[role] = (await RegisterApprovedAsync(caller, EventA, role)).Id;
        }
    }

    private async Task<(string Id, TestCaller Caller)> ExpoStrangerAsync(string eventId, string kind)
    {
        var caller = kind == "town" ? TestCaller.Town(Guid.NewGuid()) : TestCaller.Investor();
        return ((await RegisterApprovedAsync(caller, eventId, kind)).Id, caller);
    }

    private async Task<EventParticipant> RegisterApprovedAsync(TestCaller caller, string eventId, string kind)
    {
        var registered = await ExpoSetup(caller).RegisterAsync(new RegisterRequest { EventId = eventId, Kind = kind, Name = $"矩阵参会方 {kind} {Guid.NewGuid().ToString("N")[..6]}", Seats = 2, Languages = { "zh" } });
        var expoEvent = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/expo/events/{eventId}");
        var organizer = new TestCaller(expoEvent.GetProperty("organizerId").GetString()!, "organizer");
        await ExpoSetup(organizer).DecideParticipantsAsync(new DecideParticipantsRequest { EventId = eventId, Decision = "approve", ParticipantIds = { registered.Id } });
        return registered;
    }

    private async Task<string> ExpoSendAsync(TestCaller from, string eventId, string to) =>
        (await new ExpoRequestsService.ExpoRequestsServiceClient(ExpoInvoker(from)).SendMeetingRequestAsync(
            new SendMeetingRequestRequest { EventId = eventId, ToParticipantIds = { to }, Message = "矩阵 matrix" })).Id;

    private ExpoSetupService.ExpoSetupServiceClient ExpoSetup(TestCaller caller) => new(ExpoInvoker(caller));

    private CallInvoker ExpoInvoker(TestCaller caller)
    {
        var token = TestTokens.Mint(fixture.System.Keys.Rsa, caller.Claims());
        return _expoChannel!.Intercept(metadata =>
        {
            metadata.Add("authorization", "Bearer " + token);
            return metadata;
        });
    }
}
