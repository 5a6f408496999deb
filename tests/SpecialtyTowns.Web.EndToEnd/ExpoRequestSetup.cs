using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>
/// An event for the request pages: a real organizer account creates it through the REST API, a real
/// investor account and two towns (acting through minted tokens) are registered and approved through
/// the Expo service, and one town has asked the investor to meet.
/// </summary>
public sealed class ExpoRequestSetup(WebFixture fixture)
{
    private readonly AccountSetup _accounts = new(fixture);

    public sealed record Scene(string EventId, string OrganizerEmail, string InvestorEmail, string RequestId, string InvestorId, string[] TownIds);

    public async Task<Scene> BuildAsync()
    {
        using var channel = GrpcChannel.ForAddress(fixture.System.GrpcAddresses["expo"]);
        var organizerEmail = AccountSetup.Email("organizer");
        await _accounts.RegisterAsync(organizerEmail, "organizer");
        using (var approval = await (await _accounts.AdminAsync()).PostAsync($"/api/v1/accounts/{await _accounts.PendingIdAsync(organizerEmail)}/approve", null))
        {
            approval.EnsureSuccessStatusCode();
        }

        var organizerApi = await fixture.ApiSignInAsync(organizerEmail, AccountSetup.Password);
        var opening = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd");
        using var created = await organizerApi.PostAsJsonAsync("/api/v1/expo/events", new { name = "页面洽谈会 " + Guid.NewGuid().ToString("N")[..6], city = "大同", startsOn = opening, endsOn = opening });
        created.EnsureSuccessStatusCode();
        var eventId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var organizer = await CallerAsync(organizerApi, "organizer");

        var investorEmail = AccountSetup.Email("investor");
        await _accounts.RegisterAsync(investorEmail, "investor");
        var investor = await CallerAsync(await fixture.ApiSignInAsync(investorEmail, AccountSetup.Password), "investor");
        var investorId = await RegisterAsync(channel, investor, eventId, "investor", "晋商投资集团");
        var towns = new[] { TestCaller.Town(Guid.NewGuid()), TestCaller.Town(Guid.NewGuid()) };
        var townIds = new[] { await RegisterAsync(channel, towns[0], eventId, "town", "广灵县黄花小镇"), await RegisterAsync(channel, towns[1], eventId, "town", "阳高县法兰小镇") };
        await new ExpoSetupService.ExpoSetupServiceClient(Invoker(channel, organizer)).DecideParticipantsAsync(
            new DecideParticipantsRequest { EventId = eventId, Decision = "approve", ParticipantIds = { investorId, townIds[0], townIds[1] } });
        var request = await new ExpoRequestsService.ExpoRequestsServiceClient(Invoker(channel, towns[0])).SendMeetingRequestAsync(
            new SendMeetingRequestRequest { EventId = eventId, ToParticipantIds = { investorId }, Message = "诚邀洽谈黄花深加工项目" });
        return new Scene(eventId, organizerEmail, investorEmail, request.Id, investorId, townIds);
    }

    private static async Task<TestCaller> CallerAsync(HttpClient api, string role) =>
        new((await api.GetFromJsonAsync<JsonElement>("/api/v1/auth/me")).GetProperty("id").GetString()!, role);

    private async Task<string> RegisterAsync(GrpcChannel channel, TestCaller caller, string eventId, string kind, string name) =>
        (await new ExpoSetupService.ExpoSetupServiceClient(Invoker(channel, caller)).RegisterAsync(
            new RegisterRequest { EventId = eventId, Kind = kind, Name = name, Seats = 2, Languages = { "zh" } })).Id;

    private CallInvoker Invoker(GrpcChannel channel, TestCaller caller)
    {
        var token = TestTokens.Mint(fixture.System.Keys.Rsa, caller.Claims());
        return channel.Intercept(metadata =>
        {
            metadata.Add("authorization", "Bearer " + token);
            return metadata;
        });
    }
}
