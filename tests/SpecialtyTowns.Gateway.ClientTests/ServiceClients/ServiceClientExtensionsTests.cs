using System.Globalization;
using Grpc.Core;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.ClientTests.TestDoubles;
using Microsoft.Extensions.Time.Testing;
using SpecialtyTowns.Gateway.ServiceClients;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.ClientTests.ServiceClients;

public sealed class ServiceClientExtensionsTests
{
    private static readonly Dictionary<string, string?> Direct = new()
    {
        ["Services:Towns:Grpc"] = "http://10.20.30.40:5101",
        ["Services:Enterprises:Grpc"] = "http://10.20.30.41:5102",
    };

    [Fact]
    public async Task GetTownAsync_WhenDirectMode_SendsToTheConfiguredAddress()
    {
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", Direct);
        host.Handler.AnswerWith(new Town { Id = "t-1", Name = "示例专业镇" });

        var town = await host.Client<TownsService.TownsServiceClient>().GetTownAsync(new GetTownRequest { Id = "t-1" });

        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(new Uri("http://10.20.30.40:5101/specialtytowns.towns.v1.TownsService/GetTown"), request.RequestUri);
        Assert.False(request.Headers.Contains(ServiceTarget.DaprAppIdHeader));
        Assert.Equal("示例专业镇", town.Name);
    }

    [Fact]
    public async Task GetTownAsync_WhenDaprMode_SendsToTheSidecarNamingTheApp()
    {
        var settings = new Dictionary<string, string?>(Direct) { ["DAPR_GRPC_PORT"] = "50001" };
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", settings);
        host.Handler.AnswerWith(new Town { Id = "t-1" });

        await host.Client<TownsService.TownsServiceClient>().GetTownAsync(new GetTownRequest { Id = "t-1" });

        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(new Uri("http://127.0.0.1:50001/specialtytowns.towns.v1.TownsService/GetTown"), request.RequestUri);
        Assert.Equal(["towns"], request.Headers.GetValues(ServiceTarget.DaprAppIdHeader));
    }

    [Fact]
    public async Task RegisterEnterpriseAsync_WhenDaprModeWithConfiguredAppId_NamesThatAppOnce()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Dapr:GrpcPort"] = "3500",
            ["Services:Enterprises:AppId"] = "enterprises-blue",
        };
        using var host = ClientHost.Create<EnterprisesService.EnterprisesServiceClient>("Enterprises", settings);
        host.Handler.AnswerWith(new Enterprise { Id = "e-1" });
        var callerHeaders = new Metadata { { ServiceTarget.DaprAppIdHeader, "spoofed" } };

        await host.Client<EnterprisesService.EnterprisesServiceClient>()
            .RegisterEnterpriseAsync(new RegisterEnterpriseRequest(), callerHeaders);

        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal("127.0.0.1:3500", request.RequestUri?.Authority);
        Assert.Equal(["enterprises-blue"], request.Headers.GetValues(ServiceTarget.DaprAppIdHeader));
    }

    [Fact]
    public async Task GetTownAsync_WhenDaprModeAndUnavailable_IsRetriedThroughTheSidecarWithADeadline()
    {
        var settings = new Dictionary<string, string?>(Direct) { ["DAPR_GRPC_PORT"] = "50001" };
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", settings);
        host.Handler.AnswerWith(StatusCode.Unavailable);

        await Assert.ThrowsAsync<RpcException>(
            () => host.Client<TownsService.TownsServiceClient>().GetTownAsync(new GetTownRequest { Id = "t-1" }).ResponseAsync);

        Assert.Equal(3, host.Handler.Calls);
        Assert.All(host.Handler.Requests, request =>
        {
            Assert.Equal("127.0.0.1:50001", request.RequestUri?.Authority);
            Assert.Equal(["towns"], request.Headers.GetValues(ServiceTarget.DaprAppIdHeader));
            Assert.InRange(GrpcTimeout(request), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10));
        });
    }

    [Fact]
    public async Task GetTownAsync_WhenDaprMode_LeavesTheCallersMetadataAsItWas()
    {
        var settings = new Dictionary<string, string?>(Direct) { ["Dapr:GrpcPort"] = "50001" };
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", settings);
        host.Handler.AnswerWith(new Town { Id = "t-1" });
        var callerHeaders = new Metadata { { "x-request-id", "r-1" } };

        await host.Client<TownsService.TownsServiceClient>().GetTownAsync(new GetTownRequest { Id = "t-1" }, callerHeaders);

        var entry = Assert.Single(callerHeaders);
        Assert.Equal("x-request-id", entry.Key);
        Assert.Equal(["r-1"], Assert.Single(host.Handler.Requests).Headers.GetValues("x-request-id"));
    }

    [Theory]
    [InlineData(null, 10)]
    [InlineData("00:00:03", 3)]
    public async Task Call_WhenCallerGivesNoDeadline_CarriesTheConfiguredOne(string? configured, int expectedSeconds)
    {
        var settings = new Dictionary<string, string?>(Direct);
        if (configured is not null)
        {
            settings["Services:Deadline"] = configured;
        }

        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", settings);
        host.Handler.AnswerWith(new Town());

        await host.Client<TownsService.TownsServiceClient>().GetTownAsync(new GetTownRequest { Id = "t-1" });

        var timeout = GrpcTimeout(Assert.Single(host.Handler.Requests));
        Assert.InRange(timeout, TimeSpan.FromSeconds(expectedSeconds - 1), TimeSpan.FromSeconds(expectedSeconds));
    }

    [Theory]
    [InlineData("Services:Deadline", "00:00:00")]
    [InlineData("Services:Deadline", "")]
    [InlineData("Services:MaxAttempts", "0")]
    [InlineData("Services:CircuitBreaker:FailureRatio", "1.5")]
    [InlineData("Services:CircuitBreaker:MinimumThroughput", "1")]
    [InlineData("Services:CircuitBreaker:BreakDuration", "00:00:00.100")]
    public void AddServiceClient_WhenSettingIsNotPositive_Throws(string key, string value)
    {
        var settings = new Dictionary<string, string?>(Direct) { [key] = value };

        Assert.Throws<InvalidOperationException>(() => ClientHost.Create<TownsService.TownsServiceClient>("Towns", settings));
    }

    [Fact]
    public async Task Call_WhenMutatingCallHasNoDeadline_CarriesOneToo()
    {
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", Direct);
        host.Handler.AnswerWith(new Town());

        await host.Client<TownsService.TownsServiceClient>().RegisterTownAsync(new RegisterTownRequest());

        Assert.InRange(GrpcTimeout(Assert.Single(host.Handler.Requests)), TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Call_WhenCallerGivesADeadline_KeepsIt()
    {
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", Direct);
        host.Handler.AnswerWith(new Town());

        await host.Client<TownsService.TownsServiceClient>()
            .GetTownAsync(new GetTownRequest { Id = "t-1" }, deadline: DateTime.UtcNow.AddSeconds(2));

        Assert.InRange(GrpcTimeout(Assert.Single(host.Handler.Requests)), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task GetTownAsync_WhenServiceUnavailable_IsRetried()
    {
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", Direct);
        host.Handler.AnswerWith(StatusCode.Unavailable);

        var exception = await Assert.ThrowsAsync<RpcException>(
            () => host.Client<TownsService.TownsServiceClient>().GetTownAsync(new GetTownRequest { Id = "t-1" }).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, exception.StatusCode);
        Assert.Equal(3, host.Handler.Calls);
    }

    [Fact]
    public async Task ListTownsAsync_WhenServiceUnavailable_IsRetriedUpToMaxAttempts()
    {
        var settings = new Dictionary<string, string?>(Direct) { ["Services:MaxAttempts"] = "2" };
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", settings);
        host.Handler.AnswerWith(StatusCode.Unavailable);

        await Assert.ThrowsAsync<RpcException>(
            () => host.Client<TownsService.TownsServiceClient>().ListTownsAsync(new ListTownsRequest()).ResponseAsync);

        Assert.Equal(2, host.Handler.Calls);
    }

    [Fact]
    public async Task GetTownAsync_WhenNotFound_IsNotRetried()
    {
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", Direct);
        host.Handler.AnswerWith(StatusCode.NotFound);

        var exception = await Assert.ThrowsAsync<RpcException>(
            () => host.Client<TownsService.TownsServiceClient>().GetTownAsync(new GetTownRequest { Id = "t-1" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, exception.StatusCode);
        Assert.Equal(1, host.Handler.Calls);
    }

    [Fact]
    public async Task RegisterTownAsync_WhenServiceUnavailable_IsNotRetried()
    {
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", Direct);
        host.Handler.AnswerWith(StatusCode.Unavailable);

        var exception = await Assert.ThrowsAsync<RpcException>(
            () => host.Client<TownsService.TownsServiceClient>().RegisterTownAsync(new RegisterTownRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, exception.StatusCode);
        Assert.Equal(1, host.Handler.Calls);
    }

    [Fact]
    public async Task RegisterEnterpriseAsync_WhenServiceUnavailable_IsNotRetried()
    {
        using var host = ClientHost.Create<EnterprisesService.EnterprisesServiceClient>("Enterprises", Direct);
        host.Handler.AnswerWith(StatusCode.Unavailable);

        await Assert.ThrowsAsync<RpcException>(
            () => host.Client<EnterprisesService.EnterprisesServiceClient>().RegisterEnterpriseAsync(new RegisterEnterpriseRequest()).ResponseAsync);

        Assert.Equal(1, host.Handler.Calls);
    }

    [Fact]
    public async Task GetTownAsync_WhenCallerCancels_CancelsTheRequestOnTheWire()
    {
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", Direct);
        host.Handler.Hang();
        using var cancellation = new CancellationTokenSource();

        var call = host.Client<TownsService.TownsServiceClient>()
            .GetTownAsync(new GetTownRequest { Id = "t-1" }, cancellationToken: cancellation.Token);
        await host.Handler.Hung.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await cancellation.CancelAsync();
        var exception = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

        Assert.Equal(StatusCode.Cancelled, exception.StatusCode);
        await host.Handler.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, host.Handler.Calls);
    }

    [Fact]
    public async Task GetTownAsync_WhenCircuitHasOpened_FailsFastWithoutSending()
    {
        var settings = new Dictionary<string, string?>(Direct)
        {
            ["Services:MaxAttempts"] = "1",
            ["Services:CircuitBreaker:MinimumThroughput"] = "4",
            ["Services:CircuitBreaker:FailureRatio"] = "0.5",
        };
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", settings);
        host.Handler.AnswerWith(StatusCode.Unavailable);
        var towns = host.Client<TownsService.TownsServiceClient>();
        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<RpcException>(() => towns.GetTownAsync(new GetTownRequest { Id = "t-1" }).ResponseAsync);
        }

        var exception = await Assert.ThrowsAsync<RpcException>(() => towns.GetTownAsync(new GetTownRequest { Id = "t-1" }).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, exception.StatusCode);
        Assert.Contains("circuit open", exception.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(4, host.Handler.Calls);
    }

    [Fact]
    public async Task GetProjectAsync_WhenTheSameServicesCircuitIsOpen_FailsFastToo()
    {
        using var host = ClientHost.Create(
            Breaking,
            builder => builder.AddServiceClient<TownsService.TownsServiceClient>("Towns"),
            builder => builder.AddServiceClient<ProjectsService.ProjectsServiceClient>("Towns"));
        host.Handler.AnswerWith(StatusCode.Unavailable);
        await FailAsync(host, 2);

        var exception = await Assert.ThrowsAsync<RpcException>(
            () => host.Client<ProjectsService.ProjectsServiceClient>().GetProjectAsync(new GetProjectRequest()).ResponseAsync);

        Assert.Contains("circuit open", exception.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(2, host.Handler.Calls);
    }

    [Fact]
    public async Task GetTownAsync_WhenBreakHasPassedAndTheTrialSucceeds_ClosesTheCircuit()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = ClientHost.Create(Breaking, time, builder => builder.AddServiceClient<TownsService.TownsServiceClient>("Towns"));
        host.Handler.AnswerWith(StatusCode.Unavailable);
        await FailAsync(host, 2);
        host.Handler.AnswerWith(new Town { Id = "t-1" });
        time.Advance(TimeSpan.FromSeconds(15));

        var trial = await host.Client<TownsService.TownsServiceClient>().GetTownAsync(new GetTownRequest { Id = "t-1" });
        var next = await host.Client<TownsService.TownsServiceClient>().GetTownAsync(new GetTownRequest { Id = "t-1" });

        Assert.Equal("t-1", trial.Id);
        Assert.Equal("t-1", next.Id);
        Assert.Equal(4, host.Handler.Calls);
    }

    [Fact]
    public async Task GetTownAsync_WhenBreakHasPassedAndTheTrialFails_FailsFastForAnotherBreak()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = ClientHost.Create(Breaking, time, builder => builder.AddServiceClient<TownsService.TownsServiceClient>("Towns"));
        host.Handler.AnswerWith(StatusCode.Unavailable);
        await FailAsync(host, 2);
        time.Advance(TimeSpan.FromSeconds(15));
        await FailAsync(host, 1);
        time.Advance(TimeSpan.FromSeconds(14));

        var exception = await Assert.ThrowsAsync<RpcException>(
            () => host.Client<TownsService.TownsServiceClient>().GetTownAsync(new GetTownRequest()).ResponseAsync);

        Assert.Contains("circuit open", exception.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(3, host.Handler.Calls);
    }

    [Fact]
    public async Task GetTownAsync_WhenRetriedReadFails_CountsOnceInTheBreaker()
    {
        var settings = new Dictionary<string, string?>(Breaking) { ["Services:MaxAttempts"] = "3" };
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", settings);
        host.Handler.AnswerWith(StatusCode.Unavailable);
        await FailAsync(host, 1);
        host.Handler.AnswerWith(new Town { Id = "t-1" });

        var town = await host.Client<TownsService.TownsServiceClient>().GetTownAsync(new GetTownRequest { Id = "t-1" });

        Assert.Equal("t-1", town.Id);
        Assert.Equal(4, host.Handler.Calls);
    }

    [Fact]
    public async Task GetTownAsync_WhenCallerCancelsBetweenAttempts_StopsRetrying()
    {
        // Five attempts wait 0.1, 0.2, 0.4 and 0.8 s (with jitter) before each retry.
        var settings = new Dictionary<string, string?>(Direct) { ["Services:MaxAttempts"] = "5" };
        using var host = ClientHost.Create<TownsService.TownsServiceClient>("Towns", settings);
        host.Handler.AnswerWith(StatusCode.Unavailable);
        using var cancellation = new CancellationTokenSource();

        var call = host.Client<TownsService.TownsServiceClient>()
            .GetTownAsync(new GetTownRequest { Id = "t-1" }, cancellationToken: cancellation.Token);
        await Eventually.TrueAsync(() => Task.FromResult(host.Handler.Calls >= 1), TimeSpan.FromSeconds(5), "the first attempt");
        await cancellation.CancelAsync();
        var exception = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

        Assert.Equal(StatusCode.Cancelled, exception.StatusCode);
        Assert.True(host.Handler.Calls < 5);
    }

    [Fact]
    public async Task GetEnterpriseAsync_WhenAnotherServicesCircuitIsOpen_StillSends()
    {
        var settings = new Dictionary<string, string?>(Direct)
        {
            ["Services:MaxAttempts"] = "1",
            ["Services:CircuitBreaker:MinimumThroughput"] = "2",
        };
        using var host = ClientHost.Create(
            settings,
            builder => builder.AddServiceClient<TownsService.TownsServiceClient>("Towns"),
            builder => builder.AddServiceClient<EnterprisesService.EnterprisesServiceClient>("Enterprises"));
        host.Handler.AnswerWith(StatusCode.Unavailable);
        await FailAsync(host, 3);
        host.Handler.AnswerWith(new Enterprise { Id = "e-1" });

        var enterprise = await host.Client<EnterprisesService.EnterprisesServiceClient>().GetEnterpriseAsync(new GetEnterpriseRequest());

        Assert.Equal("e-1", enterprise.Id);
        Assert.Equal(3, host.Handler.Calls);
    }

    /// <summary>Two failed calls open the circuit, for 15 s; no retries.</summary>
    private static Dictionary<string, string?> Breaking => new(Direct)
    {
        ["Services:MaxAttempts"] = "1",
        ["Services:CircuitBreaker:MinimumThroughput"] = "2",
        ["Services:CircuitBreaker:FailureRatio"] = "1",
        ["Services:CircuitBreaker:BreakDuration"] = "00:00:15",
    };

    private static async Task FailAsync(ClientHost host, int calls)
    {
        for (var i = 0; i < calls; i++)
        {
            await Assert.ThrowsAsync<RpcException>(
                () => host.Client<TownsService.TownsServiceClient>().GetTownAsync(new GetTownRequest { Id = "t-1" }).ResponseAsync);
        }
    }

    /// <summary>The grpc-timeout header: an integer and a unit (H, M, S, m, u, n).</summary>
    private static TimeSpan GrpcTimeout(HttpRequestMessage request)
    {
        var value = Assert.Single(request.Headers.GetValues("grpc-timeout"));
        var amount = long.Parse(value[..^1], CultureInfo.InvariantCulture);
        return value[^1] switch
        {
            'H' => TimeSpan.FromHours(amount),
            'M' => TimeSpan.FromMinutes(amount),
            'S' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMilliseconds(amount),
            'u' => TimeSpan.FromMicroseconds(amount),
            'n' => TimeSpan.FromTicks(amount / 100),
            _ => throw new FormatException($"grpc-timeout '{value}'"),
        };
    }
}
