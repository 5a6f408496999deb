using Grpc.Core;
using SpecialtyTowns.Gateway.ServiceClients;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.ClientTests.ServiceClients;

public sealed class IdempotentMethodsTests
{
    [Theory]
    [InlineData("GetTown", true)]
    [InlineData("ListTowns", true)]
    [InlineData("SearchProjects", true)]
    [InlineData("RegisterTown", false)]
    [InlineData("CreateLead", false)]
    [InlineData("UpdateTown", false)]
    [InlineData("getTown", false)]
    public void IsIdempotent_WhenNamed_AcceptsOnlyReads(string method, bool expected)
    {
        var idempotent = IdempotentMethods.IsIdempotent(method);

        Assert.Equal(expected, idempotent);
    }

    [Fact]
    public void RetryConfig_WhenBuiltForTownsService_RetriesReadsOnUnavailableOnly()
    {
        var descriptor = IdempotentMethods.DescriptorOf<TownsService.TownsServiceClient>();

        var config = IdempotentMethods.RetryConfig(descriptor, 3);

        var method = Assert.Single(config.MethodConfigs);
        var names = method.Names.Select(n => n.Method).ToList();
        Assert.Contains("GetTown", names);
        Assert.Contains("ListTowns", names);
        Assert.DoesNotContain("RegisterTown", names);
        Assert.All(method.Names, name => Assert.Equal("specialtytowns.towns.v1.TownsService", name.Service));
        Assert.Equal([StatusCode.Unavailable], method.RetryPolicy!.RetryableStatusCodes);
        Assert.Equal(3, method.RetryPolicy.MaxAttempts);
    }

    [Fact]
    public void RetryConfig_WhenOneAttemptAllowed_HasNoRetryPolicy()
    {
        var descriptor = IdempotentMethods.DescriptorOf<TownsService.TownsServiceClient>();

        var config = IdempotentMethods.RetryConfig(descriptor, 1);

        Assert.Empty(config.MethodConfigs);
    }
}
