using System.Reflection;
using System.Text.RegularExpressions;
using MassTransit;
using NetArchTest.Rules;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.ArchitectureTests;

/// <summary>
/// Messages and inbox consumers are known by names they declare, never by their class names:
/// the outbox, the inbox, the exchanges and the queues hold those names, so a rename must not
/// change them. See docs/events.md.
/// </summary>
public sealed partial class MessageNamesTests
{
    [Fact]
    public void Contracts_WhenCompiled_EachDeclaresAMessageUrnAndAnExchangeName()
    {
        var contracts = Types.InAssemblies(ServiceAssemblies.Contracts).That().AreClasses().And().AreNotAbstract().And().DoNotInherit(typeof(ValueType));

        var urns = contracts.Should().HaveCustomAttribute(typeof(MessageUrnAttribute)).GetResult();
        var exchanges = contracts.Should().HaveCustomAttribute(typeof(EntityNameAttribute)).GetResult();

        Assert.Contains(contracts.GetTypes(), t => t.FullName == "SpecialtyTowns.Towns.Contracts.TownRegistered");
        Assert.True(urns.IsSuccessful, "Contracts without [MessageUrn]: " + ServiceAssemblies.Describe(urns));
        Assert.True(exchanges.IsSuccessful, "Contracts without [EntityName]: " + ServiceAssemblies.Describe(exchanges));
    }

    [Fact]
    public void Contracts_WhenNamed_FollowTheVersionedFormOfTheirServiceWithTheExchangeMatchingTheUrn()
    {
        var contracts = ContractTypes();

        var wrong = contracts
            .Where(type => Describe(type) is var (urn, exchange)
                && !(MessageUrnForm().Match(urn ?? string.Empty) is { Success: true } match
                    && match.Groups["service"].Value == ServiceOf(type.Assembly)
                    && exchange == $"specialtytowns.{match.Groups["service"].Value}.{match.Groups["event"].Value}.{match.Groups["version"].Value}"))
            .Select(type => $"{type.FullName} ({Describe(type).Urn}, {Describe(type).Exchange})")
            .ToList();

        Assert.True(contracts.Count >= 10, $"only {contracts.Count} contracts found");
        Assert.True(wrong.Count == 0, "Expected urn:message:specialtytowns:<service>:<event>:v<n> and exchange specialtytowns.<service>.<event>.v<n>: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Contracts_WhenNamed_HaveUniqueUrnsAndExchanges()
    {
        var contracts = ContractTypes();

        var sharedUrns = Duplicates(contracts, type => Describe(type).Urn);
        var sharedExchanges = Duplicates(contracts, type => Describe(type).Exchange);

        Assert.NotEmpty(contracts);
        Assert.True(sharedUrns.Count == 0, "Message URNs declared twice: " + string.Join("; ", sharedUrns));
        Assert.True(sharedExchanges.Count == 0, "Exchange names declared twice: " + string.Join("; ", sharedExchanges));
    }

    [Fact]
    public void Contracts_WhenPublished_CarryOnTheWireTheNameTheOutboxStores()
    {
        var contracts = ContractTypes();

        var registries = ServiceAssemblies.Contracts.Select(MessageTypeRegistry.FromAssembly).ToList();
        var differing = contracts
            .Where(type => MessageUrn.ForTypeString(type) != MessageTypeRegistry.NameDeclaredBy(type))
            .Select(type => $"{type.FullName}: MassTransit says {MessageUrn.ForTypeString(type)}")
            .ToList();

        Assert.Equal(contracts.Count, registries.Sum(r => r.Types.Count));
        Assert.True(differing.Count == 0, string.Join(", ", differing));
    }

    [Fact]
    public void InboxConsumers_WhenCompiled_EachDeclaresItsStableNameAndQueue()
    {
        var consumers = InboxConsumerTypes();

        var unnamed = consumers.Where(type => InboxConsumerAttribute.DeclaredBy(type) is null).Select(type => type.FullName).ToList();

        Assert.Contains(consumers, type => type.Assembly == ServiceAssemblies.ByRootNamespace["SpecialtyTowns.Leads"]);
        Assert.Contains(consumers, type => type.Assembly == ServiceAssemblies.ByRootNamespace["SpecialtyTowns.Expo"]);
        Assert.True(unnamed.Count == 0, "Inbox consumers without [InboxConsumer(name, queue)]: " + string.Join(", ", unnamed));
    }

    [Fact]
    public void InboxConsumers_WhenNamed_StartWithTheirServiceAndAreUnique()
    {
        var named = InboxConsumerTypes().Where(type => InboxConsumerAttribute.DeclaredBy(type) is not null).ToList();

        var wrong = named
            .Where(type => InboxConsumerAttribute.DeclaredBy(type) is var declared
                && !(ConsumerNameForm().IsMatch(declared!.Name)
                    && declared.Name.StartsWith(ServiceOf(type.Assembly) + ".", StringComparison.Ordinal)
                    && declared.Queue.StartsWith(ServiceOf(type.Assembly) + "-", StringComparison.Ordinal)))
            .Select(type => $"{type.FullName} ({InboxConsumerAttribute.DeclaredBy(type)!.Name}, {InboxConsumerAttribute.DeclaredBy(type)!.Queue})")
            .ToList();
        var sharedNames = Duplicates(named, type => InboxConsumerAttribute.DeclaredBy(type)!.Name);
        var sharedQueues = Duplicates(named, type => InboxConsumerAttribute.DeclaredBy(type)!.Queue);

        Assert.NotEmpty(named);
        Assert.True(wrong.Count == 0, "Expected a name <service>.<read model>.<event> and a queue <service>-...: " + string.Join(", ", wrong));
        Assert.True(sharedNames.Count == 0, "Consumer names declared twice: " + string.Join("; ", sharedNames));
        Assert.True(sharedQueues.Count == 0, "Queues declared twice: " + string.Join("; ", sharedQueues));
    }

    /// <summary>The messages: value types (ShownRecommendation) are parts of a message, and the outbox registers classes only.</summary>
    private static List<Type> ContractTypes() =>
        [.. Types.InAssemblies(ServiceAssemblies.Contracts).That().AreClasses().And().AreNotAbstract().And().DoNotInherit(typeof(ValueType)).GetTypes()];

    private static List<Type> InboxConsumerTypes() =>
        [.. ServiceAssemblies.All.SelectMany(a => a.GetTypes()).Where(type => !type.IsAbstract && InboxConsumerAttribute.IsInboxConsumer(type))];

    private static (string? Urn, string? Exchange) Describe(Type type) =>
        (MessageTypeRegistry.NameDeclaredBy(type), type.GetCustomAttribute<EntityNameAttribute>()?.EntityName);

    // SpecialtyTowns.Leads and SpecialtyTowns.Leads.Contracts both belong to "leads".
    private static string ServiceOf(Assembly assembly) => assembly.GetName().Name!.Split('.')[1].ToLowerInvariant();

    private static List<string> Duplicates(IEnumerable<Type> types, Func<Type, string?> name) =>
        [.. types.GroupBy(name).Where(group => group.Count() > 1).Select(group => $"{group.Key}: {string.Join(", ", group.Select(t => t.FullName))}")];

    [GeneratedRegex(@"^urn:message:specialtytowns:(?<service>[a-z]+):(?<event>[a-z0-9]+(-[a-z0-9]+)*):(?<version>v[1-9][0-9]*)$")]
    private static partial Regex MessageUrnForm();

    [GeneratedRegex(@"^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$")]
    private static partial Regex ConsumerNameForm();
}
