using NetArchTest.Rules;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.ArchitectureTests;

/// <summary>The one shape of a service: Domain and Application know nothing of gRPC; Grpc adapters reach data only through use cases.</summary>
public sealed class LayerTests
{
    public static TheoryData<string> BackendServices => new(ServiceAssemblies.ByRootNamespace.Keys.Where(name => name != "SpecialtyTowns.Gateway"));

    [Theory]
    [MemberData(nameof(BackendServices))]
    public void Service_WhenCompiled_HasTheOneShape(string service)
    {
        var namespaces = ServiceAssemblies.ByRootNamespace[service].GetTypes().Select(t => t.Namespace).ToHashSet();

        Assert.All(
            new[] { "Domain", "Application", "Grpc", "Infrastructure", "Extensions" },
            layer => Assert.Contains(namespaces, ns => ns == $"{service}.{layer}" || ns?.StartsWith($"{service}.{layer}.", StringComparison.Ordinal) == true));
    }

    [Theory]
    [MemberData(nameof(BackendServices))]
    public void ApplicationTypes_WhenCompiled_DoNotDependOnGrpcOrAspNetCore(string service)
    {
        var application = Types.InAssembly(ServiceAssemblies.ByRootNamespace[service]).That().ResideInNamespaceStartingWith(service + ".Application");

        var result = application.ShouldNot().HaveDependencyOnAny(
                "Grpc",
                "Google.Protobuf",
                "Microsoft.AspNetCore",
                "SpecialtyTowns.ServiceDefaults",
                service + ".Grpc",
                service + ".V1")
            .GetResult();

        Assert.NotEmpty(application.GetTypes());
        Assert.True(result.IsSuccessful, ServiceAssemblies.Describe(result));
    }

    [Theory]
    [MemberData(nameof(BackendServices))]
    public void GrpcAdapters_WhenCompiled_DoNotTouchTheDatabaseOrTheOutbox(string service)
    {
        var adapters = Types.InAssembly(ServiceAssemblies.ByRootNamespace[service]).That().ResideInNamespaceStartingWith(service + ".Grpc");

        var result = adapters.ShouldNot().HaveDependencyOnAny(
                "Microsoft.EntityFrameworkCore",
                "SpecialtyTowns.Messaging",
                "SpecialtyTowns.Idempotency",
                service + ".Infrastructure")
            .GetResult();

        Assert.NotEmpty(adapters.GetTypes());
        Assert.True(result.IsSuccessful, ServiceAssemblies.Describe(result));
    }

    [Fact]
    public void SharedKernel_WhenCompiled_ReferencesNothingButTheRuntime()
    {
        var assembly = typeof(Caller).Assembly;

        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard" or "mscorlib",
            $"SharedKernel references {name}"));
    }
}
