using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Messaging.IntegrationTests;

/// <summary>Reads a queue's ready-message count straight from the broker.</summary>
public static class QueueProbe
{
    public static async Task<uint?> MessageCountAsync(string virtualHost, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(Infrastructure.RabbitMq(virtualHost)) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            var declared = await channel.QueueDeclarePassiveAsync(queue);
            return declared.MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return null;
        }
    }
}
