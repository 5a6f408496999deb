using System.Reflection;
using NetArchTest.Rules;

namespace SpecialtyTowns.ArchitectureTests;

public sealed class ContractsTests
{
    // The stable message names are MassTransit's own attributes; nothing else of it belongs in a contract.
    private const string MassTransitAttributes = "MassTransit.Abstractions";

    public static TheoryData<string> ContractsAssemblies => new(ServiceAssemblies.Contracts.Select(a => a.GetName().Name!));

    [Theory]
    [MemberData(nameof(ContractsAssemblies))]
    public void ContractsAssembly_WhenCompiled_DependsOnNothingButSystemAndTheNameAttributes(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);

        var result = Types.InAssembly(assembly)
            .Should().OnlyHaveDependenciesOn("System", assemblyName, "MassTransit.MessageUrnAttribute", "MassTransit.EntityNameAttribute")
            .GetResult();

        Assert.NotEmpty(Types.InAssembly(assembly).GetTypes());
        Assert.True(result.IsSuccessful, ServiceAssemblies.Describe(result));
    }

    [Theory]
    [MemberData(nameof(ContractsAssemblies))]
    public void ContractsAssembly_WhenCompiled_ReferencesNoOtherAssemblyThanTheRuntimeAndTheNameAttributes(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);

        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var massTransitTypes = ServiceAssemblies.ReferencedTypes(assembly)
            .Where(type => type.Namespace.StartsWith("MassTransit", StringComparison.Ordinal))
            .Select(type => type.Name)
            .ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard" or "mscorlib" or MassTransitAttributes,
            $"{assemblyName} references {name}"));
        Assert.All(massTransitTypes, name => Assert.True(
            name is "MessageUrnAttribute" or "EntityNameAttribute",
            $"{assemblyName} uses MassTransit's {name}; contracts may use only [MessageUrn] and [EntityName]"));
    }
}
