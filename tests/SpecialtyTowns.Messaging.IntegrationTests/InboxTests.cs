using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Messaging.IntegrationTests.Fakes;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Messaging.IntegrationTests;

[Collection(MessagingCollection.Name)]
public sealed class InboxTests(MessagingFixture fixture)
{
    [Fact]
    public async Task Consume_WhenSameMessageIdDeliveredTwice_HandlesOnce()
    {
        var label = "duplicate-" + Guid.NewGuid();
        var marker = "marker-" + Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var bus = fixture.Services.GetRequiredService<IBus>();

        await bus.Publish(new SampleHappened(Guid.NewGuid(), label), c => c.MessageId = messageId);
        await bus.Publish(new SampleHappened(Guid.NewGuid(), label), c => c.MessageId = messageId);
        await bus.Publish(new SampleHappened(Guid.NewGuid(), marker));

        // One message at a time, in order: once the marker is handled the duplicate was seen.
        await Eventually.TrueAsync(async () => await fixture.CountHandledAsync(marker) == 1, TimeSpan.FromSeconds(20), "the marker");
        Assert.Equal(1, await fixture.CountHandledAsync(label));
        Assert.Equal(1, fixture.Log.Attempts(label));
        Assert.Equal(1, await CountInboxAsync(messageId));
    }

    [Fact]
    public async Task Consume_WhenHandlerFailsOnce_RetriesAndCommitsExactlyOnce()
    {
        var label = "fail-once-" + Guid.NewGuid();
        var messageId = Guid.NewGuid();

        await fixture.Services.GetRequiredService<IBus>().Publish(new SampleHappened(Guid.NewGuid(), label), c => c.MessageId = messageId);

        await Eventually.TrueAsync(async () => await fixture.CountHandledAsync(label) == 1, TimeSpan.FromSeconds(20), "the retried handling");
        Assert.Equal(2, fixture.Log.Attempts(label));
        Assert.Equal(1, await CountInboxAsync(messageId));
    }

    [Fact]
    public async Task Consume_WhenHandlerAlwaysFails_MovesMessageToErrorQueueAfterRetriesAndKeepsNothing()
    {
        var label = "poison-" + Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var before = await QueueProbe.MessageCountAsync(MessagingFixture.VirtualHost, fixture.ErrorQueue) ?? 0;

        await fixture.Services.GetRequiredService<IBus>().Publish(new SampleHappened(Guid.NewGuid(), label), c => c.MessageId = messageId);

        await Eventually.TrueAsync(
            async () => await QueueProbe.MessageCountAsync(MessagingFixture.VirtualHost, fixture.ErrorQueue) == before + 1,
            TimeSpan.FromSeconds(30),
            "the poison message in the _error queue");
        Assert.Equal(1 + MessagingFixture.RetryLimit, fixture.Log.Attempts(label));
        Assert.Equal(0, await fixture.CountHandledAsync(label));
        Assert.Equal(0, await CountInboxAsync(messageId));
    }

    [Fact]
    public async Task Consume_WhenAnEarlierClassWithTheSameConsumerNameHandledTheMessage_DropsTheRedelivery()
    {
        var label = "renamed-consumer-" + Guid.NewGuid();
        var marker = "marker-" + Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var message = new SampleHappened(Guid.NewGuid(), label);
        var bus = fixture.Services.GetRequiredService<IBus>();
        await fixture.InScopeAsync(async sp =>
        {
            await ActivatorUtilities.CreateInstance<SampleConsumerBeforeRename>(sp).Consume(ConsumeContextStub<SampleHappened>.For(message, messageId));
            return 0;
        });

        await bus.Publish(message, c => c.MessageId = messageId);
        await bus.Publish(new SampleHappened(Guid.NewGuid(), marker));

        await Eventually.TrueAsync(async () => await fixture.CountHandledAsync(marker) == 1, TimeSpan.FromSeconds(20), "the marker");
        Assert.Equal(1, await fixture.CountHandledAsync(label));
        Assert.Equal(0, fixture.Log.Attempts(label));
        var consumers = await fixture.InScopeAsync(sp => sp.GetRequiredService<SampleDbContext>().Set<InboxMessage>()
            .Where(m => m.MessageId == messageId).Select(m => m.Consumer).ToListAsync());
        Assert.Equal([SampleConsumer.Name], consumers);
    }

    private Task<int> CountInboxAsync(Guid messageId) =>
        fixture.InScopeAsync(sp => sp.GetRequiredService<SampleDbContext>().Set<InboxMessage>().CountAsync(m => m.MessageId == messageId));
}
