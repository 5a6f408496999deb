using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>Requests and known towns for the tests: every test makes its own, with unique names.</summary>
public static class EnterpriseRequests
{
    public static readonly TimeSpan ConsumeDelay = TimeSpan.FromSeconds(30);

    public static EnterpriseProfile Profile(string? name = null) => new()
    {
        Name = name ?? "东湖醋业 " + Guid.NewGuid().ToString("N")[..8],
        IndustryCode = "C14",
        Products = { "老陈醋", "醋饮料" },
    };

    public static RegisterEnterpriseRequest Registration(Guid townId, string? requestId = null, string? name = null) => new()
    {
        RequestId = requestId ?? string.Empty,
        TownId = townId.ToString(),
        Profile = Profile(name),
    };

    public static TownRegistered Town(string? name = null) => new(
        Guid.NewGuid(), name ?? "测试镇 " + Guid.NewGuid().ToString("N")[..8], "Test Town", "太原市", "清徐县", "provincial", "food", "老陈醋", DateTimeOffset.UtcNow);

    /// <summary>Announces a town as Towns would and waits until Enterprises recorded it.</summary>
    public static async Task<Guid> KnownTownAsync(this EnterprisesHost host, TownRegistered? town = null)
    {
        town ??= Town();
        await host.PublishAsync(town);
        await Eventually.TrueAsync(async () => await host.CountAsync("SELECT count(*) FROM towns WHERE town_id = $1", town.TownId) == 1, ConsumeDelay, "the town in enterprises");
        return town.TownId;
    }

    public static EnterprisesService.EnterprisesServiceClient Client(this EnterprisesHost host, TestCaller? caller) =>
        host.Client<EnterprisesService.EnterprisesServiceClient>(caller);

    public static async Task<Enterprise> RegisterAsync(this EnterprisesHost host, Guid townId, EnterpriseProfile? profile = null)
    {
        var request = Registration(townId);
        if (profile is not null)
        {
            request.Profile = profile;
        }

        return await host.Client(TestCaller.Admin()).RegisterEnterpriseAsync(request);
    }
}
