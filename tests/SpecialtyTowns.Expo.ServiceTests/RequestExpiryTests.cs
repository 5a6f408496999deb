extern alias expo;

using expo::SpecialtyTowns.Expo.Application.Requests;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>The expiry job reminds the parties that must still answer once, then expires the request, exactly once each.</summary>
[Collection(ExpoCollection.Name)]
public sealed class RequestExpiryTests(ExpoHost host)
{
    [Fact]
    public async Task ExpireMeetingRequests_WhenARequestNears_ThenPassesItsExpiry_RemindsTheWaitingPartyOnceAndExpiresItOnce()
    {
        var scene = await RequestScene.CreateAsync(host);
        var sent = await Client(scene.Investor(0)).SendMeetingRequestAsync(Send(scene, scene.Town(0)));
        var id = Guid.Parse(sent.Id);
        await TestDatabase.ExecuteAsync(host.Database, "update meeting_requests set expires_at = now() + interval '1 hour' where id = $1", id);

        await PassAsync();
        await PassAsync();
        var reminders = await CountNotificationsAsync(id, "request-expiring");
        await TestDatabase.ExecuteAsync(host.Database, "update meeting_requests set expires_at = now() - interval '1 minute' where id = $1", id);
        await PassAsync();
        await PassAsync();

        Assert.Equal(1, reminders);
        Assert.Equal(1, await host.CountAsync("select count(*) from notifications where request_id = $1 and kind = 'request-expiring' and participant_id = $2", id, scene.Town(0).Id));
        Assert.Equal(2, await CountNotificationsAsync(id, "request-expired"));
        Assert.Equal(1, await host.CountAsync("select count(*) from meeting_requests where id = $1 and status = 'expired'", id));
        Assert.Equal(1, await host.CountOutboxAsync("MeetingRequestExpired", sent.Id));
    }

    [Fact]
    public async Task ExpireMeetingRequests_WhenTwoPassesRunAtOnce_ExpiresEveryDueRequestExactlyOnce()
    {
        var scene = await RequestScene.CreateAsync(host, perKind: 4);
        var sent = new List<Guid>();
        foreach (var investor in Enumerable.Range(0, 4))
        {
            foreach (var town in Enumerable.Range(0, 4))
            {
                sent.Add(Guid.Parse((await Client(scene.Investor(investor)).SendMeetingRequestAsync(Send(scene, scene.Town(town)))).Id));
            }
        }

        await TestDatabase.ExecuteAsync(host.Database, "update meeting_requests set expires_at = now() - interval '1 minute' where event_id = $1", scene.EventId);

        await Task.WhenAll(PassAsync(), PassAsync(), PassAsync());

        Assert.Equal(16, await host.CountAsync("select count(*) from meeting_requests where event_id = $1 and status = 'expired'", scene.EventId));
        Assert.Equal(32, await host.CountAsync("select count(*) from notifications where event_id = $1 and kind = 'request-expired'", scene.EventId));
        Assert.Equal(16, sent.Distinct().Count());
    }

    [Fact]
    public async Task AcceptMeetingRequest_WhenTheRequestExpired_IsRefusedWithTheRule()
    {
        var scene = await RequestScene.CreateAsync(host);
        var sent = await Client(scene.Investor(0)).SendMeetingRequestAsync(Send(scene, scene.Town(0)));
        await TestDatabase.ExecuteAsync(host.Database, "update meeting_requests set expires_at = now() - interval '1 minute' where id = $1", Guid.Parse(sent.Id));
        await PassAsync();

        var refused = await RpcAssert.FailsAsync(Grpc.Core.StatusCode.FailedPrecondition, () => Client(scene.Town(0)).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id }).ResponseAsync);

        Assert.Contains("expired", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await host.CountAsync("select count(*) from meetings where request_id = $1", Guid.Parse(sent.Id)));
    }

    private async Task PassAsync()
    {
        using var scope = host.Server.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ExpireMeetingRequests>().ExecuteAsync(CancellationToken.None);
    }

    private Task<long> CountNotificationsAsync(Guid requestId, string kind) =>
        host.CountAsync("select count(*) from notifications where request_id = $1 and kind = $2", requestId, kind);

    private static SendMeetingRequestRequest Send(RequestScene scene, RequestScene.Member to) =>
        new() { EventId = scene.EventId.ToString(), ToParticipantIds = { to.Id.ToString() } };

    private ExpoRequestsService.ExpoRequestsServiceClient Client(RequestScene.Member member) => host.Client<ExpoRequestsService.ExpoRequestsServiceClient>(member.Caller);
}
