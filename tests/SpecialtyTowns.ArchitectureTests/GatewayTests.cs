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
}
