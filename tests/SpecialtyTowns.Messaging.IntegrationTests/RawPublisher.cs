using System.Text;
using RabbitMQ.Client;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Messaging.IntegrationTests;

/// <summary>Publishes a MassTransit envelope straight to an exchange, as a publisher in another language would.</summary>
public static class RawPublisher
{
    public static async Task PublishAsync(string virtualHost, string exchange, string envelopeJson)
    {
        var factory = new ConnectionFactory { Uri = new Uri(Infrastructure.RabbitMq(virtualHost)) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", Persistent = true };
        await channel.BasicPublishAsync(exchange, routingKey: string.Empty, mandatory: false, properties, Encoding.UTF8.GetBytes(envelopeJson));
    }
}
