using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Expo;

namespace SpecialtyTowns.EndToEnd.ExpoRequests;

/// <summary>
/// An expo event with approved participants on the real servers (set up through the Expo service's
/// gRPC API by the scenario builder), and gateway clients signed in as each participant, as the
/// organizer, and as people of the right roles who take no part.
/// </summary>
public sealed class ExpoRequestWorld(SystemFixture fixture, ExpoScenario scenario, GrpcChannel channel) : IDisposable
{
    public ExpoScenario Scenario => scenario;

    public string EventId => scenario.EventId;

    public static async Task<ExpoRequestWorld> BuildAsync(SystemFixture fixture, ExpoScenarioOptions? options = null)
    {
        var channel = GrpcChannel.ForAddress(fixture.System.GrpcAddresses["expo"]);
        var scenario = await ExpoScenario.BuildAsync(caller => Invoker(fixture, channel, caller), options ?? new ExpoScenarioOptions { Interpreters = 0 });
        return new ExpoRequestWorld(fixture, scenario, channel);
    }

    public HttpClient As(TestCaller caller) => fixture.NewClient(TestTokens.Mint(fixture.System.Keys.Rsa, caller.Claims()));

    public HttpClient As(ScenarioParticipant participant) => As(participant.Caller);

    public ScenarioParticipant Investor(int i) => scenario.Investors.ElementAt(i);

    public ScenarioParticipant Town(int i) => scenario.Towns.ElementAt(i);

    public ScenarioParticipant Enterprise(int i) => scenario.Enterprises.ElementAt(i);

    /// <summary>Sends a request through the gateway and returns its id.</summary>
    public async Task<string> SendAsync(ScenarioParticipant from, params ScenarioParticipant[] to)
    {
        using var response = await As(from).PostAsJsonAsync($"/api/v1/expo/events/{EventId}/meeting-requests", new { toParticipantIds = to.Select(p => p.Id), message = "希望在博览会期间面谈 / hoping to meet" });
        Assert.Equal(201, (int)response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public void Dispose() => channel.Dispose();

    private static CallInvoker Invoker(SystemFixture fixture, GrpcChannel channel, TestCaller caller)
    {
        var token = TestTokens.Mint(fixture.System.Keys.Rsa, caller.Claims());
        return channel.Intercept(metadata =>
        {
            metadata.Add("authorization", "Bearer " + token);
            return metadata;
        });
    }
}
