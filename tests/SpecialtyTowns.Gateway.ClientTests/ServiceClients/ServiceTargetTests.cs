using Microsoft.Extensions.Configuration;
using SpecialtyTowns.Gateway.ServiceClients;
using SpecialtyTowns.ServiceDefaults.Sidecar;

namespace SpecialtyTowns.Gateway.ClientTests.ServiceClients;

public sealed class ServiceTargetTests
{
    [Fact]
    public void Resolve_WhenNoDaprPort_TargetsTheConfiguredAddress()
    {
        var configuration = Configuration(("Services:Towns:Grpc", "http://towns.internal:5101"));

        var target = ServiceTarget.Resolve(configuration, "Towns");

        Assert.Equal(new Uri("http://towns.internal:5101"), target.Address);
        Assert.Null(target.DaprAppId);
    }

    [Fact]
    public void Resolve_WhenDaprGrpcPortConfigured_TargetsTheSidecarWithTheLowerCaseName()
    {
        var configuration = Configuration(("Dapr:GrpcPort", "50001"), ("Services:Towns:Grpc", "http://towns.internal:5101"));

        var target = ServiceTarget.Resolve(configuration, "Towns");

        Assert.Equal(new Uri("http://127.0.0.1:50001"), target.Address);
        Assert.Equal("towns", target.DaprAppId);
    }

    [Fact]
    public void Resolve_WhenOnlyTheSidecarVariableIsSet_TargetsTheSidecar()
    {
        var configuration = Configuration(("DAPR_GRPC_PORT", "50002"));

        var target = ServiceTarget.Resolve(configuration, "Enterprises");

        Assert.Equal(new Uri("http://127.0.0.1:50002"), target.Address);
        Assert.Equal("enterprises", target.DaprAppId);
    }

    [Fact]
    public void Resolve_WhenBothPortSettingsAreSet_PrefersTheGatewaySetting()
    {
        var configuration = Configuration(("Dapr:GrpcPort", "50003"), ("DAPR_GRPC_PORT", "50001"));

        var target = ServiceTarget.Resolve(configuration, "Leads");

        Assert.Equal(new Uri("http://127.0.0.1:50003"), target.Address);
    }

    [Fact]
    public void Resolve_WhenAppIdConfigured_UsesIt()
    {
        var configuration = Configuration(("DAPR_GRPC_PORT", "50001"), ("Services:Expo:AppId", "expo-v2"));

        var target = ServiceTarget.Resolve(configuration, "Expo");

        Assert.Equal("expo-v2", target.DaprAppId);
    }

    [Fact]
    public void Resolve_WhenDirectAndNoAddress_ThrowsNamingTheKey()
    {
        var configuration = Configuration();

        var exception = Assert.Throws<InvalidOperationException>(() => ServiceTarget.Resolve(configuration, "Towns"));

        Assert.Contains("Services:Towns:Grpc", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("70000")]
    public void DaprGrpcPort_WhenNotAPort_Throws(string value)
    {
        var configuration = Configuration(("DAPR_GRPC_PORT", value));

        Assert.Throws<InvalidOperationException>(() => DaprSidecar.GrpcPort(configuration));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
