namespace SpecialtyTowns.Messaging.Outbox;

/// <summary>
/// Names a message type by full name and assembly (without version), so that a row written
/// by one build can still be read after the contracts assembly is rebuilt.
/// </summary>
public static class OutboxTypeName
{
    public static string Of(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type Resolve(string name) =>
        Type.GetType(name, throwOnError: false)
        ?? throw new InvalidOperationException($"Outbox message type '{name}' cannot be loaded");
}
