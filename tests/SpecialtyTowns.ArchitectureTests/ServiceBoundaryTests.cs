using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace SpecialtyTowns.ArchitectureTests;

public sealed partial class ServiceBoundaryTests
{
    public static TheoryData<string> Services => new(ServiceAssemblies.ByRootNamespace.Keys);

    [Theory]
    [MemberData(nameof(Services))]
    public void ServiceAssembly_WhenLoaded_IsNamedAfterItsRootNamespace(string service)
    {
        var assembly = ServiceAssemblies.ByRootNamespace[service];

        var name = assembly.GetName().Name;

        Assert.Equal(service, name);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Service_WhenCompiled_DoesNotDependOnAnotherServicesInternals(string service)
    {
        var others = ServiceAssemblies.ByRootNamespace.Where(pair => pair.Key != service).ToList();
        var forbidden = others.SelectMany(pair => InternalNames(pair.Key, pair.Value)).Distinct(StringComparer.Ordinal).ToArray();

        var result = Types.InAssembly(ServiceAssemblies.ByRootNamespace[service])
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.All(others, pair => Assert.Contains(forbidden, name => name.StartsWith(pair.Key + ".", StringComparison.Ordinal)));
        Assert.True(result.IsSuccessful, ServiceAssemblies.Describe(result));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Service_WhenCompiled_ReachesOtherSpecialtyTownsCodeOnlyThroughContractsProtosAndBuildingBlocks(string service)
    {
        var referenced = ServiceAssemblies.ReferencedNamespaces(ServiceAssemblies.ByRootNamespace[service]);

        var disallowed = referenced
            .Where(ns => ns.StartsWith("SpecialtyTowns.", StringComparison.Ordinal) && !IsAllowedFrom(service, ns))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains(referenced, ns => ns.StartsWith("SpecialtyTowns.ServiceDefaults", StringComparison.Ordinal));
        Assert.Empty(disallowed);
    }

    [Fact]
    public void Leads_WhenCompiled_UsesTownsOnlyThroughItsContracts()
    {
        var leads = ServiceAssemblies.ByRootNamespace["SpecialtyTowns.Leads"];

        var contracts = Types.InAssembly(leads).That().HaveDependencyOn("SpecialtyTowns.Towns.Contracts").GetTypes();
        var internals = Types.InAssembly(leads)
            .ShouldNot().HaveDependencyOnAny(
                "SpecialtyTowns.Towns.Domain",
                "SpecialtyTowns.Towns.Infrastructure",
                "SpecialtyTowns.Towns.Grpc",
                "SpecialtyTowns.Towns.Application",
                "SpecialtyTowns.Towns.Seeding",
                "SpecialtyTowns.Towns.Extensions")
            .GetResult();

        Assert.NotEmpty(contracts);
        Assert.True(internals.IsSuccessful, ServiceAssemblies.Describe(internals));
    }

    private static IEnumerable<string> InternalNames(string root, Assembly assembly)
    {
        // Only the service's own namespaces: the compiler also embeds attribute types under
        // System.* and Microsoft.* into every assembly. Its gRPC contract (V1) is public: the
        // gateway compiles its own client copy of the same namespace.
        foreach (var type in assembly.GetTypes().Where(t => !t.IsNested))
        {
            if (type.Namespace == root)
            {
                // Named exactly: the root itself would also match the service's contracts and
                // protos, which others may use.
                yield return type.FullName!;
            }
            else if (type.Namespace?.StartsWith(root + ".", StringComparison.Ordinal) == true && !SharedContract().IsMatch(type.Namespace))
            {
                yield return type.Namespace;
            }
        }
    }

    private static bool IsAllowedFrom(string service, string ns) =>
        ns == service
        || ns.StartsWith(service + ".", StringComparison.Ordinal)
        || ns.StartsWith("SpecialtyTowns.ServiceDefaults", StringComparison.Ordinal)
        || ns.StartsWith("SpecialtyTowns.Messaging", StringComparison.Ordinal)
        || ns.StartsWith("SpecialtyTowns.Search", StringComparison.Ordinal)
        || ns.StartsWith("SpecialtyTowns.SharedKernel", StringComparison.Ordinal)
        || ns.StartsWith("SpecialtyTowns.Idempotency", StringComparison.Ordinal)
        || SharedContract().IsMatch(ns);

    [GeneratedRegex(@"^SpecialtyTowns\.\w+\.(Contracts|V\d+)$")]
    private static partial Regex SharedContract();
}
