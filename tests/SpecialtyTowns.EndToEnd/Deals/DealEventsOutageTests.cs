using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using SpecialtyTowns.EndToEnd.Authorization;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Deals;

/// <summary>
/// A signed deal reaches Towns (project signed) and Enterprises (gap filled) exactly once, even when the
/// broker restarts while the event waits in their queues and the event is delivered twice.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class DealEventsOutageTests(SystemFixture fixture)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task DealSigned_WhenRabbitMqRestartsBetweenPublishingAndConsumingAndItIsRedelivered_SignsTheProjectAndFillsTheGapOnce()
    {
        var townId = await fixture.RegisterTownAsync("签约断网");
        var projectId = await PublishedProjectAsync(townId);
        var gapId = await OpenGapAsync(townId);
        var signed = new DealSigned(
            Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.Parse(townId), Guid.CreateVersion7(), "晋商投资有限公司", Guid.Parse(projectId), Guid.Parse(gapId),
            300_000_000, DateOnly.FromDateTime(DateTime.UtcNow), "HT-E2E-001", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90), DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();
        var towns = fixture.System["towns"];
        var enterprises = fixture.System["enterprises"];

        // The consumers are down, so the event waits in their durable queues while the broker restarts.
        await towns.KillAsync();
        await enterprises.KillAsync();
        try
        {
            await PublishTwiceAsync(signed, messageId);
            await Infrastructure.StopAsync("rabbitmq");
            await Infrastructure.StartAsync("rabbitmq");
        }
        finally
        {
            await Infrastructure.StartAsync("rabbitmq");
            await Task.WhenAll(towns.StartAsync(Delivery), enterprises.StartAsync(Delivery));
        }

        // Read from the database: the gateway's public read of a project may be cached for a moment.
        await Eventually.TrueAsync(
            async () => await TestDatabase.CountAsync(fixture.System.Database("towns"), "SELECT count(*) FROM projects WHERE id = $1 AND status = 'Signed'", Guid.Parse(projectId)) == 1,
            Delivery,
            "the project signed after the restart");
        await Eventually.TrueAsync(async () => await StatusAsync($"/api/v1/chain-gaps/{gapId}") == "filled", Delivery, "the gap filled after the restart");
        await Eventually.TrueAsync(async () => await InboxAsync("towns") == 1 && await InboxAsync("enterprises") == 1, Delivery, "both deliveries handled");
        var history = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{projectId}/history");
        var toStatuses = history.EnumerateArray().Select(e => e.TryGetProperty("toStatus", out var s) ? s.GetString() : null).ToList();
        Assert.Equal(1, toStatuses.Count(s => s == "signed"));
        Assert.Equal(1, toStatuses.Count(s => s == "negotiating"));
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("enterprises"), "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%filled%' AND payload->>'gapId' = $1", gapId));
        Assert.Equal(2, await TestDatabase.CountAsync(fixture.System.Database("towns"), "SELECT count(*) FROM project_history WHERE project_id = $1 AND actor = $2", Guid.Parse(projectId), $"deal:{signed.DealId}"));

        Task<long> InboxAsync(string service) =>
            TestDatabase.CountAsync(fixture.System.Database(service), "SELECT count(*) FROM inbox_messages WHERE message_id = $1", messageId);
    }

    private async Task PublishTwiceAsync(DealSigned signed, Guid messageId)
    {
        var uri = new Uri(Infrastructure.RabbitMq(fixture.System.VirtualHost).Replace("amqp://", "rabbitmq://", StringComparison.Ordinal));
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(uri, host => host.PublisherConfirmation = true));
        await bus.StartAsync();
        try
        {
            await bus.Publish(signed, context => context.MessageId = messageId);
            await bus.Publish(signed, context => context.MessageId = messageId);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private async Task<string?> StatusAsync(string path)
    {
        using var response = await fixture.Admin.GetAsync(path);
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() : null;
    }

    private async Task<string> PublishedProjectAsync(string townId)
    {
        var id = await CreateAsync("/api/v1/projects", World.ProjectBody(townId));
        using var published = await fixture.Admin.PostAsJsonAsync($"/api/v1/projects/{id}/status", new { status = "published" });
        published.EnsureSuccessStatusCode();
        return id;
    }

    private async Task<string> OpenGapAsync(string townId)
    {
        var enterpriseId = await CreateAsync("/api/v1/enterprises", new { name = "签约企业" + Guid.NewGuid().ToString("N")[..8], townId, products = new[] { "法兰" } });
        var nodeId = await CreateAsync($"/api/v1/towns/{townId}/chain/nodes", World.ChainNodeBody(enterpriseId));
        return await CreateAsync("/api/v1/chain-gaps", World.ChainGapBody(townId, nodeId));
    }

    private async Task<string> CreateAsync(string path, object body)
    {
        using var response = await fixture.Admin.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
