using NetArchTest.Rules;

namespace SpecialtyTowns.ArchitectureTests;

public sealed class GatewayTests
{
    private const string EntityFrameworkCore = "Microsoft.EntityFrameworkCore";

    [Fact]
    public void Gateway_OutsideItsIdentityStore_DoesNotDependOnEntityFrameworkCore()
    {
        var gateway = ServiceAssemblies.ByRootNamespace["SpecialtyTowns.Gateway"];
        var towns = ServiceAssemblies.ByRootNamespace["SpecialtyTowns.Towns"];

        // The gateway owns one database, for accounts; everything else reaches data through the services.
        var result = Types.InAssembly(gateway).That().DoNotResideInNamespaceStartingWith("SpecialtyTowns.Gateway.Identity")
            .ShouldNot().HaveDependencyOn(EntityFrameworkCore).GetResult();

        // The same rule must notice EF Core where it is used, or a pass here would mean nothing.
        Assert.NotEmpty(Types.InAssembly(towns).That().HaveDependencyOn(EntityFrameworkCore).GetTypes());
        Assert.True(result.IsSuccessful, ServiceAssemblies.Describe(result));
    }

    [Fact]
    public void ApiTypes_WhenTwoShareASimpleName_WouldShareOneOpenApiSchema()
    {
        var gateway = ServiceAssemblies.ByRootNamespace["SpecialtyTowns.Gateway"];

        // The OpenAPI document names a schema after the type's simple name: two bodies named alike in
        // different areas would be documented as one, and the bad-input corpus would send the wrong fields.
        var apiTypes = gateway.GetTypes()
            .Where(t => t.IsPublic && t.Namespace?.StartsWith("SpecialtyTowns.Gateway.Api", StringComparison.Ordinal) == true)
            .Where(t => !t.IsAbstract || !t.IsSealed)
            .ToList();
        var shared = apiTypes.GroupBy(t => t.Name).Where(g => g.Count() > 1)
            .Select(g => string.Join(", ", g.Select(t => t.FullName)))
            .ToList();

        Assert.True(apiTypes.Count > 50, $"only {apiTypes.Count} API types found: the rule would check nothing");
        Assert.True(shared.Count == 0, "API types sharing a name: " + string.Join("; ", shared));
    }
}
