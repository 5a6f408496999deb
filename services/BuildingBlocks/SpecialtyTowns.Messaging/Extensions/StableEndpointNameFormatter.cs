using MassTransit;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Messaging.Extensions;

/// <summary>
/// Kebab-case endpoint names prefixed with the service, except that an inbox consumer listens on
/// the queue its <see cref="InboxConsumerAttribute"/> declares, whatever its class is called: a
/// renamed class must not leave its durable queue (and the messages in it) behind.
/// </summary>
public sealed class StableEndpointNameFormatter(string serviceName)
    : KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false)
{
    public override string Consumer<T>()
    {
        if (InboxConsumerAttribute.IsInboxConsumer(typeof(T)))
        {
            return InboxConsumerAttribute.Of(typeof(T)).Queue;
        }

        return base.Consumer<T>();
    }
}
