using MassTransit;
using Microsoft.Extensions.Logging;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Messaging.IntegrationTests.Fakes;

/// <summary>
/// Records each handling. Labels steer failures: <c>fail-once-*</c> fails its first attempt,
/// <c>poison-*</c> fails every attempt.
/// </summary>
[InboxConsumer(Name, Queue)]
public sealed class SampleConsumer(SampleDbContext db, HandlingLog log, ILogger<SampleConsumer> logger)
    : InboxConsumer<SampleDbContext, SampleHappened>(db, logger)
{
    public const string Name = "sample.samples.sample-happened";

    // Not derived from the class name, which would give "sample-sample".
    public const string Queue = "sample-inbox";

    protected override Task HandleAsync(ConsumeContext<SampleHappened> context, CancellationToken cancellationToken)
    {
        var label = context.Message.Label;
        var attempt = log.Attempt(label);
        Db.Handled.Add(new HandledSample { MessageId = context.MessageId!.Value, Label = label });
        if (label.StartsWith("poison-", StringComparison.Ordinal) || (label.StartsWith("fail-once-", StringComparison.Ordinal) && attempt == 1))
        {
            throw new InvalidOperationException($"Handling {label} failed on attempt {attempt}");
        }

        return Task.CompletedTask;
    }
}
