using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Messaging.IntegrationTests.Fakes;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Messaging.IntegrationTests;

[Collection(MessagingCollection.Name)]
public sealed class OutboxTests(MessagingFixture fixture)
{
    [Fact]
    public async Task Add_WhenTransactionRolledBack_LeavesNeitherChangeNorOutboxRow()
    {
        var label = "rolled-back-" + Guid.NewGuid();

        await fixture.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SampleDbContext>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                db.Samples.Add(new Sample { Id = Guid.NewGuid(), Label = label });
                sp.GetRequiredService<IOutbox>().Add(new SampleHappened(Guid.NewGuid(), label));
                await db.SaveChangesAsync();
                await transaction.RollbackAsync();
            });
            return 0;
        });

        var samples = await fixture.InScopeAsync(sp => sp.GetRequiredService<SampleDbContext>().Samples.CountAsync(s => s.Label == label));
        Assert.Equal(0, samples);
        Assert.Equal(0, await fixture.CountOutboxAsync("= $1", label));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await fixture.CountHandledAsync(label));
    }

    [Fact]
    public async Task Dispatcher_WhenChangeCommitted_PublishesOnceWithOutboxIdAsMessageIdAndMarksSent()
    {
        var label = "committed-" + Guid.NewGuid();

        var outboxId = await fixture.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SampleDbContext>();
            db.Samples.Add(new Sample { Id = Guid.NewGuid(), Label = label });
            sp.GetRequiredService<IOutbox>().Add(new SampleHappened(Guid.NewGuid(), label));
            await db.SaveChangesAsync();
            return db.ChangeTracker.Entries<OutboxMessage>().Single().Entity.Id;
        });

        await Eventually.TrueAsync(async () => await fixture.CountHandledAsync(label) == 1, TimeSpan.FromSeconds(20), "the event to be consumed");
        var (messageId, sentAt) = await fixture.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SampleDbContext>();
            var handled = await db.Handled.SingleAsync(h => h.Label == label);
            var row = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == outboxId);
            return (handled.MessageId, row.SentAt);
        });
        Assert.Equal(outboxId, messageId);
        Assert.NotNull(sentAt);
    }

    [Fact]
    public async Task Dispatcher_WhenManyEventsCommitted_PublishesEachExactlyOnce()
    {
        var prefix = "burst-" + Guid.NewGuid().ToString("N")[..8] + "-";
        const int count = 150;

        await fixture.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SampleDbContext>();
            var outbox = sp.GetRequiredService<IOutbox>();
            for (var i = 0; i < count; i++)
            {
                outbox.Add(new SampleHappened(Guid.NewGuid(), prefix + i));
            }

            return await db.SaveChangesAsync();
        });

        await Eventually.TrueAsync(
            async () => await fixture.InScopeAsync(sp => sp.GetRequiredService<SampleDbContext>().Handled.CountAsync(h => h.Label.StartsWith(prefix))) == count,
            TimeSpan.FromSeconds(60),
            "every event of the burst");
        Assert.Equal(0, await fixture.CountOutboxAsync("LIKE $1 || '%' AND sent_at IS NULL", prefix));
        Assert.Equal(count, await fixture.CountOutboxAsync("LIKE $1 || '%' AND sent_at IS NOT NULL", prefix));
        Assert.All(Enumerable.Range(0, count), i => Assert.Equal(1, fixture.Log.Attempts(prefix + i)));
    }

    [Fact]
    public async Task Add_WhenContractDeclaresAStableName_StoresThatNameInsteadOfTheClrType()
    {
        var label = "named-" + Guid.NewGuid();

        await fixture.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<IOutbox>().Add(new SampleHappened(Guid.NewGuid(), label));
            return await sp.GetRequiredService<SampleDbContext>().SaveChangesAsync();
        });

        Assert.Equal(1, await fixture.CountOutboxAsync("= $1 AND message_type = $2", label, "urn:message:" + SampleHappened.Name));
    }

    [Fact]
    public async Task Dispatcher_WhenRowWasWrittenBeforeTheContractWasRenamed_DeliversItAsTheRenamedContract()
    {
        var label = "renamed-contract-" + Guid.NewGuid();

        await fixture.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SampleDbContext>();
            var earlierBuild = new EfOutbox<SampleDbContext>(db, new MessageTypeRegistry([typeof(SampleHappenedBeforeRename)]), TimeProvider.System);
            earlierBuild.Add(new SampleHappenedBeforeRename(Guid.NewGuid(), label));
            return await db.SaveChangesAsync();
        });

        await Eventually.TrueAsync(async () => await fixture.CountHandledAsync(label) == 1, TimeSpan.FromSeconds(20), "the event written under the earlier class");
        Assert.Equal(1, await fixture.CountOutboxAsync("= $1 AND sent_at IS NOT NULL", label));
    }

    [Fact]
    public async Task Dispatcher_WhenRowNamesAnUnknownMessage_KeepsItUnsentWithItsErrorAndRetries()
    {
        const string unknown = "urn:message:specialtytowns:tests:no-such-event:v1";
        var id = Guid.CreateVersion7();

        await fixture.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SampleDbContext>();
            db.Set<OutboxMessage>().Add(new OutboxMessage { Id = id, MessageType = unknown, Payload = "{}", OccurredAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });

        try
        {
            // Two attempts: the row was tried, kept, and tried again.
            await Eventually.TrueAsync(
                async () => await TestDatabase.CountAsync(
                    MessagingFixture.Database,
                    "SELECT count(*) FROM outbox_messages WHERE id = $1 AND attempts >= 2 AND sent_at IS NULL AND position($2 in last_error) > 0",
                    id,
                    unknown) == 1,
                TimeSpan.FromSeconds(20),
                "the row kept with its error after two attempts");
        }
        finally
        {
            // The row holds back every row after it (order is kept); remove it for the other tests.
            await fixture.InScopeAsync(sp => sp.GetRequiredService<SampleDbContext>().Set<OutboxMessage>().Where(m => m.Id == id).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task Dispatcher_WhenARowOfABatchCannotBeRead_PublishesTheRowsBeforeItAndHoldsTheRowsAfterItUntilItIsGone()
    {
        var prefix = "held-" + Guid.NewGuid().ToString("N")[..8] + "-";
        var unknown = Guid.CreateVersion7();
        var start = DateTimeOffset.UtcNow;
        OutboxMessage Row(int i) => new()
        {
            Id = Guid.CreateVersion7(),
            MessageType = "urn:message:" + SampleHappened.Name,
            Payload = System.Text.Json.JsonSerializer.Serialize(new SampleHappened(Guid.NewGuid(), prefix + i), OutboxJson.Options),
            OccurredAt = start.AddTicks(i * 10),
        };

        await fixture.InScopeAsync(async sp =>
        {
            var rows = sp.GetRequiredService<SampleDbContext>().Set<OutboxMessage>();
            rows.AddRange(Row(0), Row(1));
            rows.Add(new OutboxMessage { Id = unknown, MessageType = "urn:message:specialtytowns:tests:no-such-event:v1", Payload = "{}", OccurredAt = start.AddTicks(25) });
            rows.AddRange(Row(3), Row(4));
            return await sp.GetRequiredService<SampleDbContext>().SaveChangesAsync();
        });

        try
        {
            await Eventually.TrueAsync(async () => await fixture.CountOutboxAsync("LIKE $1 || '%' AND sent_at IS NOT NULL", prefix) == 2, TimeSpan.FromSeconds(20), "the two rows before the unreadable one");
            await Eventually.TrueAsync(
                async () => await TestDatabase.CountAsync(MessagingFixture.Database, "SELECT count(*) FROM outbox_messages WHERE id = $1 AND attempts >= 2", unknown) == 1,
                TimeSpan.FromSeconds(20),
                "the unreadable row tried twice");
            Assert.Equal(2, await fixture.CountOutboxAsync("LIKE $1 || '%' AND sent_at IS NULL", prefix));
            Assert.Equal(0, await fixture.InScopeAsync(sp => sp.GetRequiredService<SampleDbContext>().Handled.CountAsync(h => h.Label == prefix + 3 || h.Label == prefix + 4)));
        }
        finally
        {
            await fixture.InScopeAsync(sp => sp.GetRequiredService<SampleDbContext>().Set<OutboxMessage>().Where(m => m.Id == unknown).ExecuteDeleteAsync());
        }

        await Eventually.TrueAsync(async () => await fixture.CountOutboxAsync("LIKE $1 || '%' AND sent_at IS NULL", prefix) == 0, TimeSpan.FromSeconds(20), "the rows after it, once it is gone");
    }
}
