using NetArchTest.Rules;

namespace SpecialtyTowns.ArchitectureTests;

public sealed class DomainTests
{
    private const string DomainNamespace = @"^SpecialtyTowns\.\w+\.Domain(\..+)?$";

    [Fact]
    public void DomainClasses_WhenCompiled_AreSealedOrAbstract()
    {
        var domain = Types.InAssemblies(ServiceAssemblies.All).That().ResideInNamespaceMatching(DomainNamespace).And().AreClasses();

        var result = domain.Should().BeSealed().Or().BeAbstract().GetResult();

        Assert.Contains(domain.GetTypes(), t => t.FullName == "SpecialtyTowns.Towns.Domain.Town");
        Assert.True(result.IsSuccessful, ServiceAssemblies.Describe(result));
    }

    [Fact]
    public void DomainTypes_WhenCompiled_DoNotDependOnInfrastructureGrpcOrEfCore()
    {
        var domain = Types.InAssemblies(ServiceAssemblies.All).That().ResideInNamespaceMatching(DomainNamespace);

        var result = domain.ShouldNot().HaveDependencyOnAny(
                "Microsoft.EntityFrameworkCore",
                "Microsoft.AspNetCore",
                "SpecialtyTowns.ServiceDefaults",
                "SpecialtyTowns.Messaging",
                "SpecialtyTowns.Idempotency",
                "Grpc",
                "Google.Protobuf",
                "MassTransit",
                "SpecialtyTowns.Towns.Infrastructure",
                "SpecialtyTowns.Towns.Grpc",
                "SpecialtyTowns.Towns.V1",
                "SpecialtyTowns.Enterprises.Infrastructure",
                "SpecialtyTowns.Enterprises.Grpc",
                "SpecialtyTowns.Enterprises.V1",
                "SpecialtyTowns.Leads.Infrastructure",
                "SpecialtyTowns.Leads.Grpc",
                "SpecialtyTowns.Leads.V1",
                "SpecialtyTowns.Expo.Infrastructure",
                "SpecialtyTowns.Expo.Grpc",
                "SpecialtyTowns.Expo.V1")
            .GetResult();

        Assert.True(result.IsSuccessful, ServiceAssemblies.Describe(result));
    }
}
