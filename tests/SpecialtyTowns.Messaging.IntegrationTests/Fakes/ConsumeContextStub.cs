using System.Reflection;
using MassTransit;

namespace SpecialtyTowns.Messaging.IntegrationTests.Fakes;

/// <summary>
/// Just enough of a <see cref="ConsumeContext{T}"/> (message, message id, cancellation) to call a
/// consumer directly, the way the bus would have called it. Not sealed: DispatchProxy derives from it.
/// </summary>
public class ConsumeContextStub<T> : DispatchProxy
    where T : class
{
    private T? _message;
    private Guid _messageId;

    public static ConsumeContext<T> For(T message, Guid messageId)
    {
        var context = Create<ConsumeContext<T>, ConsumeContextStub<T>>();
        var stub = (ConsumeContextStub<T>)(object)context;
        stub._message = message;
        stub._messageId = messageId;
        return context;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
    {
        "get_Message" => _message,
        "get_MessageId" => (Guid?)_messageId,
        "get_CancellationToken" => CancellationToken.None,
        _ => throw new NotSupportedException($"The stub does not provide {targetMethod?.Name}"),
    };
}
