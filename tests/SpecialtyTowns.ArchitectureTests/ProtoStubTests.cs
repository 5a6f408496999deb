using System.Reflection;
using Grpc.Core;

namespace SpecialtyTowns.ArchitectureTests;

/// <summary>
/// Each service compiles server stubs for its own contract and the gateway client stubs only,
/// so the compiler keeps the boundary; these tests keep the project files that way.
/// </summary>
public sealed class ProtoStubTests
{
    private static readonly string[] BackendNames = [.. ServiceAssemblies.ByRootNamespace.Keys.Where(name => name != "SpecialtyTowns.Gateway")];

    public static TheoryData<string> Backends => new(BackendNames);

    [Theory]
    [MemberData(nameof(Backends))]
    public void Service_WhenCompiled_HasServerStubsOfItsOwnContractOnly(string service)
    {
        var assembly = ServiceAssemblies.ByRootNamespace[service];

        var serverStubs = ServerStubs(assembly).ToList();

        Assert.NotEmpty(serverStubs);
        Assert.All(serverStubs, type => Assert.Equal(service + ".V1", type.Namespace));
        Assert.Empty(ClientStubs(assembly).Select(type => type.FullName));
    }

    [Fact]
    public void Gateway_WhenCompiled_HasClientStubsOfEveryServiceAndNoServerStubs()
    {
        var gateway = ServiceAssemblies.ByRootNamespace["SpecialtyTowns.Gateway"];

        var clientNamespaces = ClientStubs(gateway).Select(type => type.Namespace).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(BackendNames.Select(name => name + ".V1").Order(StringComparer.Ordinal), clientNamespaces);
        Assert.Empty(ServerStubs(gateway).Select(type => type.FullName));
    }

    // Generated server bases carry [BindServiceMethod]; generated clients derive from ClientBase<T>.
    private static IEnumerable<Type> ServerStubs(Assembly assembly) =>
        assembly.GetTypes().Where(type => type.GetCustomAttribute<BindServiceMethodAttribute>(inherit: false) is not null);

    private static IEnumerable<Type> ClientStubs(Assembly assembly) =>
        assembly.GetTypes().Where(type => type.BaseType is { IsGenericType: true } baseType
            && baseType.GetGenericTypeDefinition() == typeof(ClientBase<>));
}
