using System.Reflection;
using MassTransit;

namespace SpecialtyTowns.Messaging.Outbox;

/// <summary>
/// Maps the stable names the contracts declare (<c>[MessageUrn]</c>) to their types and back, so
/// that what the outbox stores survives renaming or moving a contract class. A name the registry
/// does not know is an error, never a guess.
/// </summary>
public sealed class MessageTypeRegistry
{
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _names = [];

    /// <exception cref="ArgumentException">A type declares no name, or two types declare the same.</exception>
    public MessageTypeRegistry(IEnumerable<Type> messageTypes)
    {
        foreach (var type in messageTypes)
        {
            var name = NameDeclaredBy(type)
                ?? throw new ArgumentException($"{type.FullName} declares no stable message name: add [MessageUrn(\"<service>:<event>:v<n>\")]", nameof(messageTypes));
            if (_types.TryGetValue(name, out var other) && other != type)
            {
                throw new ArgumentException($"{other.FullName} and {type.FullName} both declare the message name '{name}'", nameof(messageTypes));
            }

            _types[name] = type;
            _names[type] = name;
        }
    }

    public IReadOnlyCollection<Type> Types => _names.Keys;

    /// <summary>Every public class of the assembly holding <typeparamref name="TContract"/>: a contracts assembly holds events only.</summary>
    public static MessageTypeRegistry FromAssemblyOf<TContract>() => FromAssembly(typeof(TContract).Assembly);

    /// <inheritdoc cref="FromAssemblyOf{TContract}"/>
    public static MessageTypeRegistry FromAssembly(Assembly contracts) =>
        new(contracts.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false }));

    /// <summary>The name MassTransit also puts on the wire (<c>urn:message:...</c>), or null when the type declares none.</summary>
    public static string? NameDeclaredBy(Type type) =>
        type.GetCustomAttribute<MessageUrnAttribute>(inherit: false)?.Urn.ToString();

    public string NameOf(Type type) =>
        _names.TryGetValue(type, out var name)
            ? name
            : throw new InvalidOperationException($"{type.FullName} is not among the message types this service publishes (see AddOutbox)");

    public Type Resolve(string name) =>
        _types.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"Outbox message name '{name}' is not among the message types this service publishes");
}
