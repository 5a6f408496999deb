using MassTransit;
using Microsoft.Extensions.Logging;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Messaging.IntegrationTests.Fakes;

/// <summary><see cref="SampleConsumer"/> as an earlier build called it: another class, the same declared name.</summary>
[InboxConsumer(SampleConsumer.Name, SampleConsumer.Queue)]
public sealed class SampleConsumerBeforeRename(SampleDbContext db, ILogger<SampleConsumerBeforeRename> logger)
    : InboxConsumer<SampleDbContext, SampleHappened>(db, logger)
{
    protected override Task HandleAsync(ConsumeContext<SampleHappened> context, CancellationToken cancellationToken)
    {
        Db.Handled.Add(new HandledSample { MessageId = context.MessageId!.Value, Label = context.Message.Label });
        return Task.CompletedTask;
    }
}
