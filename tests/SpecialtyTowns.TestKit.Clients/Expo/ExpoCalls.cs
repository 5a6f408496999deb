using System.Security.Cryptography;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit.Clients;

namespace SpecialtyTowns.TestKit.Expo;

/// <summary>
/// Calls to a deployed Expo service (end-to-end tests, benchmarks) as any <see cref="TestCaller"/>, with tokens signed
/// by the system's key, and an event with accepted meetings built through its API (<see cref="ExpoScenario"/> and
/// <see cref="ExpoMeetingRequests"/>). When <c>organizer</c> is given, every organizer call is made as that account,
/// so the event belongs to an organizer who can sign in to the pages.
/// </summary>
public static class ExpoCalls
{
    public static Func<TestCaller, CallInvoker> Invoker(Uri expo, RSA key, TestCaller? organizer = null)
    {
        var channel = GrpcChannel.ForAddress(expo);
        return caller =>
        {
            var token = TestTokens.Mint(key, (caller.Role == "organizer" && organizer is not null ? organizer : caller).Claims());
            return channel.Intercept(metadata =>
            {
                metadata.Add("authorization", "Bearer " + token);
                return metadata;
            });
        };
    }

    /// <summary>The event of <paramref name="options"/> with <paramref name="meetings"/> accepted investor–town (then investor–enterprise) meetings.</summary>
    public static async Task<(ExpoScenario Scenario, IReadOnlyList<string> Meetings)> AcceptedMeetingsAsync(
        Func<TestCaller, CallInvoker> invoker, ExpoScenarioOptions options, int meetings, CancellationToken cancellationToken = default)
    {
        var scenario = await ExpoScenario.BuildAsync(invoker, options, cancellationToken);
        var callers = scenario.Participants.ToDictionary(p => p.Id, p => p.Caller);
        var investors = scenario.Investors.Select(p => p.Id).ToList();
        var others = scenario.Towns.Concat(scenario.Enterprises).Select(p => p.Id).ToList();
        var ids = await ExpoMeetingRequests.AcceptedMeetingsAsync(
            id => new ExpoRequestsService.ExpoRequestsServiceClient(invoker(callers[id])),
            scenario.EventId,
            ExpoMeetingRequests.Pairs(investors, others, meetings),
            cancellationToken);
        return (scenario, ids);
    }
}
