using MassTransit;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class InboxDeduplicationTests(SystemFixture fixture)
{
    [Fact]
    public async Task TownRegistered_WhenDeliveredTwiceWithSameMessageId_IsAppliedOnceByEachConsumer()
    {
        var townId = Guid.CreateVersion7();
        var messageId = Guid.NewGuid();
        var message = new TownRegistered(townId, $"重复投递镇-{townId:N}"[..20], null, null, null, null, "advanced-manufacturing", "法兰", DateTimeOffset.UtcNow);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(Infrastructure.RabbitMq(fixture.System.VirtualHost).Replace("amqp://", "rabbitmq://", StringComparison.Ordinal))));
        await bus.StartAsync();
        try
        {
            await bus.Publish(message, context => context.MessageId = messageId);
            await bus.Publish(message, context => context.MessageId = messageId);
        }
        finally
        {
            await bus.StopAsync();
        }

        foreach (var service in new[] { "leads", "expo" })
        {
            await Eventually.TrueAsync(
                () => Task.FromResult(fixture.System[service].RecentOutput.Contains($"Dropped duplicate TownRegistered {messageId}", StringComparison.Ordinal)),
                TimeSpan.FromSeconds(30),
                $"{service} to drop the second delivery");
            Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database(service), "SELECT count(*) FROM inbox_messages WHERE message_id = $1", messageId));
        }

        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("leads"), "SELECT count(*) FROM town_directory WHERE town_id = $1", townId));
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("expo"), "SELECT count(*) FROM exhibitor_towns WHERE town_id = $1", townId));
    }
}
