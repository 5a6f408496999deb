using System.Text.Json;
using SpecialtyTowns.Messaging.IntegrationTests.Fakes;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Messaging.IntegrationTests;

/// <summary>The exchange, message type and queue on the broker are the declared names, not the class names.</summary>
[Collection(MessagingCollection.Name)]
public sealed class TopologyTests(MessagingFixture fixture)
{
    [Fact]
    public async Task Publish_WhenSentToTheDeclaredExchangeWithTheDeclaredUrn_ReachesTheConsumerOnItsDeclaredQueue()
    {
        var label = "raw-" + Guid.NewGuid();
        var envelope = JsonSerializer.Serialize(new
        {
            messageId = Guid.NewGuid(),
            messageType = new[] { "urn:message:" + SampleHappened.Name },
            message = new { sampleId = Guid.NewGuid(), label },
        });

        await RawPublisher.PublishAsync(MessagingFixture.VirtualHost, SampleHappened.Exchange, envelope);

        await Eventually.TrueAsync(async () => await fixture.CountHandledAsync(label) == 1, TimeSpan.FromSeconds(20), "the raw message");
        Assert.NotNull(await QueueProbe.MessageCountAsync(MessagingFixture.VirtualHost, SampleConsumer.Queue));
    }
}
