using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace SpecialtyTowns.TestKit;

/// <summary>
/// PostgreSQL keeps microseconds while .NET clocks tick in 100 ns: a response built from the
/// object just saved carries more digits than the same record read back. Comparing a first
/// answer with a later one (a retry, a read) goes through this, at the stored precision.
/// </summary>
public static class StoredPrecision
{
    public static T Of<T>(T message)
        where T : IMessage<T>
    {
        var copy = message.Clone();
        Truncate(copy);
        return copy;
    }

    private static void Truncate(IMessage message)
    {
        if (message is Timestamp timestamp)
        {
            timestamp.Nanos -= timestamp.Nanos % 1000;
            return;
        }

        foreach (var field in message.Descriptor.Fields.InDeclarationOrder().Where(f => f.FieldType == FieldType.Message))
        {
            var value = field.Accessor.GetValue(message);
            if (field.IsRepeated)
            {
                foreach (var item in ((System.Collections.IEnumerable)value).OfType<IMessage>())
                {
                    Truncate(item);
                }
            }
            else if (value is IMessage child && !field.IsMap)
            {
                Truncate(child);
            }
        }
    }
}
