using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class BrokerOutageTests(SystemFixture fixture)
{
    [Fact]
    public async Task RegisterTown_WhenRabbitMqStopped_IsDeliveredOnceAfterItReturns()
    {
        string id;
        await Infrastructure.StopAsync("rabbitmq");
        try
        {
            id = await fixture.RegisterTownAsync("断网", waitForEnterprises: false);

            Assert.Equal(1, await CountOutboxAsync(id, "sent_at IS NULL"));
            await Eventually.TrueAsync(
                async () => !await IsReadyAsync(fixture.System["towns"].HealthBase),
                TimeSpan.FromSeconds(30),
                "Towns to report not ready without RabbitMQ");
        }
        finally
        {
            await Infrastructure.StartAsync("rabbitmq");
        }

        await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/leads/town-directory/{id}"), TimeSpan.FromSeconds(90), "the Leads directory after the outage");
        await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/expo/exhibitor-towns/{id}"), TimeSpan.FromSeconds(90), "the Expo exhibitors after the outage");
        await fixture.System.EnterprisesKnowTownAsync(id);
        Assert.Equal(1, await CountOutboxAsync(id, "sent_at IS NOT NULL"));
        var messageId = await OutboxMessageIdAsync(id);
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("leads"), "SELECT count(*) FROM town_directory WHERE town_id = $1", Guid.Parse(id)));
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("expo"), "SELECT count(*) FROM exhibitor_towns WHERE town_id = $1", Guid.Parse(id)));
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("leads"), "SELECT count(*) FROM inbox_messages WHERE message_id = $1", messageId));
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("expo"), "SELECT count(*) FROM inbox_messages WHERE message_id = $1", messageId));
        await fixture.System["towns"].WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
    }

    private Task<long> CountOutboxAsync(string townId, string condition) =>
        TestDatabase.CountAsync(fixture.System.Database("towns"), $"SELECT count(*) FROM outbox_messages WHERE payload->>'townId' = $1 AND {condition}", townId);

    private async Task<Guid> OutboxMessageIdAsync(string townId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString(fixture.System.Database("towns")));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT id FROM outbox_messages WHERE payload->>'townId' = $1", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = townId });
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<bool> IsReadyAsync(Uri healthBase)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var response = await http.GetAsync(new Uri(healthBase, "/health/ready"));
        return response.IsSuccessStatusCode;
    }
}
