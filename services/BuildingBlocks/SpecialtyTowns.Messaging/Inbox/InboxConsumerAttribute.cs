using System.Reflection;

namespace SpecialtyTowns.Messaging.Inbox;

/// <summary>
/// The stable identity of an inbox consumer. <see cref="Name"/> keys its rows in
/// <c>inbox_messages</c> and <see cref="Queue"/> names its receive endpoint, so renaming or
/// moving the class neither replays handled messages nor orphans its durable queue.
/// </summary>
/// <param name="name"><c>&lt;service&gt;.&lt;read model or purpose&gt;.&lt;event&gt;</c>, unique across the system.</param>
/// <param name="queue">The queue, prefixed with the service (<c>leads-town-registered</c>).</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class InboxConsumerAttribute(string name, string queue) : Attribute
{
    public string Name { get; } = name;

    public string Queue { get; } = queue;

    /// <summary>The attribute of <paramref name="consumerType"/>, or null when it declares none.</summary>
    public static InboxConsumerAttribute? DeclaredBy(Type consumerType) =>
        consumerType.GetCustomAttribute<InboxConsumerAttribute>(inherit: false);

    public static bool IsInboxConsumer(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(InboxConsumer<,>))
            {
                return true;
            }
        }

        return false;
    }

    public static InboxConsumerAttribute Of(Type consumerType) =>
        DeclaredBy(consumerType)
        ?? throw new InvalidOperationException($"{consumerType.FullName} declares no [InboxConsumer(name, queue)]: its inbox rows and queue need a name that does not change with the class");
}
