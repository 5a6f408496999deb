using Microsoft.Extensions.Configuration;
using SpecialtyTowns.Gateway.ServiceClients;
using SpecialtyTowns.ServiceDefaults.Sidecar;
using YamlDotNet.RepresentationModel;

namespace SpecialtyTowns.Gateway.ClientTests.Deployment;

/// <summary>deploy/k8s agrees with the code: app ids, ports, probes and Dapr settings.</summary>
public sealed class KubernetesManifestsTests
{
    // The services the gateway registers clients for (GatewayServiceExtensions).
    public static readonly TheoryData<string> GatewayServices = new() { "Towns", "Enterprises", "Leads", "Expo" };

    private static readonly IReadOnlyList<YamlMappingNode> Applied = Manifests.Applied();

    private static IEnumerable<YamlMappingNode> Deployments => Applied.OfKind("Deployment");

    private static YamlMappingNode Gateway => Deployments.Single(d => Manifests.Name(d) == "gateway");

    [Fact]
    public void Kustomization_WhenBuilt_AppliesEveryManifestInTheFolder()
    {
        var listed = Manifests.Sequence(Manifests.Load("kustomization.yaml").Single(), "resources")
            .Select(node => ((YamlScalarNode)node).Value!)
            .Order(StringComparer.Ordinal);

        var onDisk = Directory.EnumerateFiles(Manifests.Folder, "*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Manifests.Folder, path).Replace('\\', '/'))
            .Where(path => !path.EndsWith("kustomization.yaml", StringComparison.Ordinal) && !path.StartsWith("dapr-system/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, listed);
    }

    [Theory]
    [MemberData(nameof(GatewayServices))]
    public void DaprAppId_WhenGatewayUsesItsDefault_NamesAServiceDeployment(string service)
    {
        var defaultAppId = ServiceTarget.AppId(new ConfigurationBuilder().Build(), service);

        var deployment = Deployments.SingleOrDefault(d => Manifests.DaprAnnotations(d).GetValueOrDefault("dapr.io/app-id") == defaultAppId);

        Assert.NotNull(deployment);
        Assert.Equal("grpc", Manifests.DaprAnnotations(deployment)["dapr.io/app-protocol"]);
    }

    [Theory]
    [MemberData(nameof(GatewayServices))]
    public void GatewayEnvironment_WhenItNamesAppIds_UsesTheDeploymentsAppIds(string service)
    {
        var configured = Configuration(Gateway);

        var appId = ServiceTarget.AppId(configured, service);

        Assert.Equal(ServiceTarget.AppId(new ConfigurationBuilder().Build(), service), appId);
        Assert.Contains(Deployments, d => Manifests.DaprAnnotations(d).GetValueOrDefault("dapr.io/app-id") == appId);
    }

    [Fact]
    public void GatewayEnvironment_WhenParsed_LeavesTheDaprPortToTheSidecarInjector()
    {
        var environment = Manifests.Environment(Manifests.Containers(Gateway).Single());

        Assert.DoesNotContain("Dapr__GrpcPort", environment.Keys);
        Assert.DoesNotContain("DAPR_GRPC_PORT", environment.Keys);
        Assert.Equal("http://0.0.0.0:8080", environment["Kestrel__Endpoints__Http__Url"]);
        Assert.Equal("http", Manifests.DaprAnnotations(Gateway)["dapr.io/app-protocol"]);
    }

    [Fact]
    public void Deployments_WhenParsed_AreTheFiveApps()
    {
        var names = Deployments.Select(Manifests.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["enterprises", "expo", "gateway", "leads", "towns"], names);
    }

    [Fact]
    public void Deployments_WhenParsed_AllHaveDaprAnnotations()
    {
        var configurations = Applied.OfKind("Configuration").Select(Manifests.Name).ToList();

        Assert.All(Deployments, deployment =>
        {
            var dapr = Manifests.DaprAnnotations(deployment);
            Assert.Equal("true", dapr["dapr.io/enabled"]);
            Assert.Equal(Manifests.Name(deployment), dapr["dapr.io/app-id"]);
            Assert.Equal("8080", dapr["dapr.io/app-port"]);
            Assert.Contains(dapr["dapr.io/app-protocol"], new[] { "grpc", "http" });
            Assert.Contains(dapr["dapr.io/config"], configurations);
        });
    }

    [Fact]
    public void Deployments_WhenParsed_AllHaveReadinessAndLivenessProbesOnTheHealthPort()
    {
        Assert.All(Deployments, deployment =>
        {
            var container = Manifests.Containers(deployment).Single();
            Assert.Equal("/health/ready", Manifests.Text(container, "readinessProbe", "httpGet", "path"));
            Assert.Equal("/health/live", Manifests.Text(container, "livenessProbe", "httpGet", "path"));
            var port = Manifests.Text(container, "readinessProbe", "httpGet", "port");
            Assert.Equal(port, Manifests.Text(container, "livenessProbe", "httpGet", "port"));
            var ports = Manifests.Sequence(container, "ports").ToDictionary(p => Manifests.Text(p, "name")!, p => Manifests.Text(p, "containerPort")!);
            var url = Manifests.Environment(container)["Kestrel__Endpoints__Http__Url"];
            Assert.Equal($"http://0.0.0.0:{ports[port!]}", url);
        });
    }

    [Fact]
    public void ServiceDeployments_WhenParsed_ServeGrpcOn8080AndHealthOn8081()
    {
        var services = Deployments.Where(d => Manifests.DaprAnnotations(d)["dapr.io/app-protocol"] == "grpc").ToList();

        Assert.Equal(4, services.Count);
        Assert.All(services, deployment =>
        {
            var environment = Manifests.Environment(Manifests.Containers(deployment).Single());
            Assert.Equal("http://0.0.0.0:8080", environment["Kestrel__Endpoints__Grpc__Url"]);
            Assert.Equal("http://0.0.0.0:8081", environment["Kestrel__Endpoints__Http__Url"]);
        });
    }

    [Fact]
    public void Environment_WhenParsed_CarriesNoConnectionStringOrKeyOfItsOwn()
    {
        var settings = Deployments.SelectMany(d => Manifests.Environment(Manifests.Containers(d).Single()).Keys).ToList();

        Assert.DoesNotContain(settings, key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
        Assert.DoesNotContain(settings, key => key.StartsWith("Auth__P", StringComparison.Ordinal));
    }

    // Only the gateway uses Redis: the services get no Redis connection at all.
    [Theory]
    [InlineData("towns", "Auth:PublicKeyPem", new[] { "Postgres", "RabbitMq" })]
    [InlineData("enterprises", "Auth:PublicKeyPem", new[] { "Postgres", "RabbitMq" })]
    [InlineData("leads", "Auth:PublicKeyPem", new[] { "Postgres", "RabbitMq" })]
    [InlineData("expo", "Auth:PublicKeyPem", new[] { "Postgres", "RabbitMq" })]
    [InlineData("gateway", "Auth:PrivateKeyPem", new[] { "Postgres", "RabbitMq", "Redis" })]
    public void SecretMappings_WhenParsed_GiveTheHostItsConnectionStringsAndItsKey(string deployment, string key, string[] connections)
    {
        var secrets = DaprSidecar.Secrets(Configuration(Deployments.Single(d => Manifests.Name(d) == deployment)));

        Assert.Equal(
            connections.Select(name => $"ConnectionStrings:{name}").Append(key).Order(StringComparer.Ordinal),
            secrets.Keys.Order(StringComparer.Ordinal));
        Assert.All(connections, name => Assert.Equal("specialtytowns-connections", secrets[$"ConnectionStrings:{name}"].Name));
    }

    [Fact]
    public void SecretMappings_WhenParsed_NameOnlySecretsTheAppsConfigurationAllows()
    {
        Assert.All(Deployments, deployment =>
        {
            var configuration = Configuration(deployment);

            var allowed = AllowedSecrets(deployment, DaprSidecar.SecretStore(configuration));

            Assert.All(DaprSidecar.Secrets(configuration).Values, secret => Assert.Contains(secret.Name, allowed));
        });
    }

    [Fact]
    public void ServiceConfigurations_WhenParsed_NeverAllowThePrivateKey()
    {
        var privateKey = DaprSidecar.Secrets(Configuration(Gateway))["Auth:PrivateKeyPem"];
        var services = Deployments.Where(d => Manifests.DaprAnnotations(d)["dapr.io/app-protocol"] == "grpc").ToList();

        Assert.Equal(4, services.Count);
        Assert.All(services, service => Assert.DoesNotContain(privateKey.Name, AllowedSecrets(service, DaprSidecar.DefaultSecretStore)));
    }

    [Fact]
    public void Resiliency_WhenParsed_CoversEveryServiceTheGatewayCalls()
    {
        var resiliency = Applied.OfKind("Resiliency").Single();
        var targets = (YamlMappingNode)Manifests.Find(resiliency, "spec", "targets", "apps")!;

        var appIds = targets.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Order(StringComparer.Ordinal);

        Assert.Equal(["enterprises", "expo", "leads", "towns"], appIds);
        Assert.All(targets.Children.Values, target =>
        {
            Assert.NotNull(Manifests.Text(target, "timeout"));
            Assert.NotNull(Manifests.Text(target, "circuitBreaker"));
            var retry = Manifests.Text(target, "retry")!;
            Assert.Equal("14", Manifests.Text(resiliency, "spec", "policies", "retries", retry, "matching", "gRPCStatusCodes"));
        });
    }

    [Fact]
    public void SecretStore_WhenParsed_IsKubernetesAndScopedToTheApps()
    {
        var store = Applied.OfKind("Component").Single(c => Manifests.Text(c, "spec", "type") == "secretstores.kubernetes");

        Assert.Equal(DaprSidecar.DefaultSecretStore, Manifests.Name(store));
        var scopes = Manifests.Sequence(store, "scopes").Select(s => ((YamlScalarNode)s).Value).Order(StringComparer.Ordinal);

        Assert.Equal(Deployments.Select(Manifests.Name).Order(StringComparer.Ordinal), scopes);
    }

    [Fact]
    public void DaprSystemConfiguration_WhenParsed_EnablesMtls()
    {
        var configuration = Manifests.Load("dapr-system/daprsystem.yaml").OfKind("Configuration").Single();

        Assert.Equal("daprsystem", Manifests.Name(configuration));
        Assert.Equal("dapr-system", Manifests.Text(configuration, "metadata", "namespace"));
        Assert.Equal("true", Manifests.Text(configuration, "spec", "mtls", "enabled"));
    }

    [Fact]
    public void AppConfiguration_WhenParsed_AllowsOnlyTheGatewayToInvokeServices()
    {
        var configuration = Applied.OfKind("Configuration").Single(c => Manifests.Name(c) == "specialtytowns");

        var policies = Manifests.Sequence(configuration, "spec", "accessControl", "policies");

        Assert.Equal("deny", Manifests.Text(configuration, "spec", "accessControl", "defaultAction"));
        var policy = Assert.Single(policies);
        Assert.Equal("gateway", Manifests.Text(policy, "appId"));
        Assert.Equal("allow", Manifests.Text(policy, "defaultAction"));
    }

    [Fact]
    public void GatewayConfiguration_WhenParsed_LetsNoAppInvokeTheGateway()
    {
        var configuration = Applied.OfKind("Configuration").Single(c => Manifests.Name(c) == Manifests.DaprAnnotations(Gateway)["dapr.io/config"]);

        Assert.Equal("deny", Manifests.Text(configuration, "spec", "accessControl", "defaultAction"));
        Assert.Empty(Manifests.Sequence(configuration, "spec", "accessControl", "policies"));
    }

    /// <summary>A container's literal environment as the host's configuration sees it.</summary>
    private static IConfiguration Configuration(YamlNode deployment) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(Manifests.Environment(Manifests.Containers(deployment).Single())
                .Select(e => new KeyValuePair<string, string?>(e.Key.Replace("__", ":", StringComparison.Ordinal), e.Value)))
            .Build();

    /// <summary>The secrets the deployment's Dapr configuration lets it read from the store.</summary>
    private static IReadOnlyList<string> AllowedSecrets(YamlNode deployment, string store)
    {
        var configuration = Applied.OfKind("Configuration").Single(c => Manifests.Name(c) == Manifests.DaprAnnotations(deployment)["dapr.io/config"]);
        var scope = Manifests.Sequence(configuration, "spec", "secrets", "scopes").Single(s => Manifests.Text(s, "storeName") == store);
        Assert.Equal("deny", Manifests.Text(scope, "defaultAccess"));
        return Manifests.Sequence(scope, "allowedSecrets").Select(n => ((YamlScalarNode)n).Value!).ToList();
    }
}
