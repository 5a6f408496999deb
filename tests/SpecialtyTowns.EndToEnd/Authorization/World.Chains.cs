using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>The chain side of the world: a node of each town, gaps posted by each town and by each enterprise.</summary>
public sealed partial class World
{
    private HttpClient _enterpriseB = null!;
    private HttpClient _enterpriseA = null!;

    public string NodeA { get; private set; } = string.Empty;

    public string NodeB { get; private set; } = string.Empty;

    /// <summary>Gaps posted for towns A and B (by the admin, for the town).</summary>
    public string GapA { get; private set; } = string.Empty;

    public string GapB { get; private set; } = string.Empty;

    /// <summary>Gaps posted by enterprises A and B themselves.</summary>
    public string EnterpriseGapA { get; private set; } = string.Empty;

    public string EnterpriseGapB { get; private set; } = string.Empty;

    public static object EnterpriseBody(string townId) => new
    {
        townId,
        name = "矩阵企业 " + Guid.NewGuid().ToString("N")[..8],
        nameEn = "Matrix Flange Co",
        industryCode = "C33",
        products = new[] { "锻造法兰 forged flanges" },
        // "t/a" is neither free text (the corpus marks that, and a unit is at most 20 characters) nor a key.
        capacities = new[] { new { product = "法兰", amount = 50000m, unit = "t/a" } },
        foundedYear = 2008,
        description = "矩阵 企业 matrix enterprise",
    };

    public static object ChainNodeBody(string enterpriseId) => new
    {
        chain = "法兰 flanges",
        position = "midstream",
        name = "锻造 forging " + Guid.NewGuid().ToString("N")[..6],
        products = new[] { "法兰毛坯" },
        status = "weak",
        enterpriseIds = new[] { enterpriseId },
        evidence = "矩阵 matrix",
        sortOrder = 1,
    };

    public static object ChainGapBody(string townId, string? nodeId) => new
    {
        townId,
        title = "缺少高端法兰毛坯 flange blanks " + Guid.NewGuid().ToString("N")[..6],
        chainNodeId = nodeId,
        kind = "product",
        description = "风电法兰需要高端毛坯 wind-power flange blanks",
        specification = "直径 2 米以上 over 2 m",
        yearlyVolume = 5000m,
        volumeUnit = "吨/年",
        anchorBuyer = "定襄龙头企业",
        incentives = "厂房租金减免",
        deadline = InDays(180),
        industryCode = "C33",
        keywords = new[] { "法兰毛坯" },
    };

    /// <summary>Waits until Enterprises knows the town (it learns towns from Towns' events), as it refuses enterprises of unknown towns.</summary>
    public static Task KnownToEnterprisesAsync(SystemFixture fixture, string townId) =>
        Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/towns/{townId}/enterprises"), TimeSpan.FromSeconds(30), "the town in Enterprises");

    public string TownOf(bool owned) => owned ? TownA : TownB;

    public string NodeOf(bool owned) => owned ? NodeA : NodeB;

    public string EnterpriseOf(bool owned) => owned ? EnterpriseA : EnterpriseB;

    /// <summary>A gap the actor posted (owned) or someone else did: enterprises post their own, everyone else the towns'.</summary>
    public string GapFor(string role, bool owned) =>
        role == Actor.Enterprise ? (owned ? EnterpriseGapA : EnterpriseGapB) : (owned ? GapA : GapB);

    /// <summary>A fresh open gap, as <see cref="GapFor"/> chooses its poster, for routes that move it on.</summary>
    public Task<string> OpenGapAsync(string role, bool owned) =>
        role == Actor.Enterprise
            ? CreateAsync(owned ? _enterpriseA : _enterpriseB, "/api/v1/chain-gaps", ChainGapBody(TownOf(owned), null))
            : CreateAsync(fixture.Admin, "/api/v1/chain-gaps", ChainGapBody(TownOf(owned), NodeOf(owned)));

    /// <summary>A fresh node of the town, for the route that removes it.</summary>
    public Task<string> ChainNodeAsync(bool owned) =>
        CreateAsync(fixture.Admin, $"/api/v1/towns/{TownOf(owned)}/chain/nodes", ChainNodeBody(EnterpriseOf(owned)));

    private async Task BuildChainsAsync(HttpClient enterpriseA)
    {
        _enterpriseA = enterpriseA;
        NodeA = await ChainNodeAsync(owned: true);
        NodeB = await ChainNodeAsync(owned: false);
        GapA = await OpenGapAsync(Actor.Town, owned: true);
        GapB = await OpenGapAsync(Actor.Town, owned: false);
        EnterpriseGapA = await OpenGapAsync(Actor.Enterprise, owned: true);
        EnterpriseGapB = await OpenGapAsync(Actor.Enterprise, owned: false);
    }
}
