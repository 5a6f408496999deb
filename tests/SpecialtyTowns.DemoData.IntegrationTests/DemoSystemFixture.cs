using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.DemoData.IntegrationTests;

/// <summary>
/// A system of its own (no other test's expectations see the demo data), loaded twice with the
/// shipped demo file by the loader, in process, through the gateway's REST API only.
/// </summary>
public sealed class DemoSystemFixture : IAsyncLifetime
{
    public const string DemoPassword = "demo-password-1";

    public SystemUnderTest System { get; } = new("demo");

    public HttpClient Gateway { get; private set; } = null!;

    public DemoDataSet Set { get; private set; } = null!;

    public DemoLoadReport FirstRun { get; private set; } = null!;

    public DemoLoadReport SecondRun { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await System.StartAsync();
        Gateway = new HttpClient { BaseAddress = System.GatewayAddress, Timeout = TimeSpan.FromSeconds(60) };
        var file = Path.Combine(RepoPaths.Root, "data", "demo", "demo.json");
        Set = DemoDataFile.Read(file);
        var options = new DemoLoadOptions(System.GatewayAddress, file, SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword, DemoPassword, TimeSpan.FromSeconds(60));
        var loader = new DemoLoader(new GatewayClient(Gateway), TextWriter.Null);
        FirstRun = await loader.LoadAsync(Set, options, CancellationToken.None);
        SecondRun = await loader.LoadAsync(Set, options, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        Gateway.Dispose();
        await System.DisposeAsync();
    }
}
