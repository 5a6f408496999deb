using System.Reflection;
using NetArchTest.Rules;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.ArchitectureTests;

public sealed class ContractsTests
{
    public static TheoryData<string> ContractsAssemblies => new(
        ServiceAssemblies.All
            .SelectMany(a => a.GetReferencedAssemblies())
            .Select(a => a.Name!)
            .Where(name => name.EndsWith(".Contracts", StringComparison.Ordinal))
            .Append(typeof(TownRegistered).Assembly.GetName().Name!)
            .Append(typeof(EnterpriseRegistered).Assembly.GetName().Name!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ContractsAssemblies))]
    public void ContractsAssembly_WhenCompiled_DependsOnNothingButSystem(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);

        var result = Types.InAssembly(assembly)
            .Should().OnlyHaveDependenciesOn("System", assemblyName)
            .GetResult();

        Assert.NotEmpty(Types.InAssembly(assembly).GetTypes());
        Assert.True(result.IsSuccessful, ServiceAssemblies.Describe(result));
    }

    [Theory]
    [MemberData(nameof(ContractsAssemblies))]
    public void ContractsAssembly_WhenCompiled_ReferencesNoOtherAssemblyThanTheRuntime(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);

        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard" or "mscorlib",
            $"{assemblyName} references {name}"));
    }
}
