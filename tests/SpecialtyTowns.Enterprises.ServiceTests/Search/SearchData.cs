extern alias enterprises;

using enterprises::SpecialtyTowns.Enterprises.Domain;
using enterprises::SpecialtyTowns.Enterprises.Domain.Chains;
using enterprises::SpecialtyTowns.Enterprises.Domain.Gaps;
using enterprises::SpecialtyTowns.Enterprises.Domain.Towns;
using enterprises::SpecialtyTowns.Enterprises.Infrastructure;
using enterprises::SpecialtyTowns.Enterprises.Infrastructure.Search;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Enterprises.ServiceTests.Search;

/// <summary>
/// A town of a test's own, its enterprises, chain nodes and gaps, written straight into the service's database and
/// then into the index through the chain hook (<see cref="ChainSearchIndex"/>), so that each test searches data only it
/// made (filtered by its town) without waiting for events.
/// </summary>
public sealed class SearchData(EnterprisesHost host)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    public Guid TownId { get; } = Guid.NewGuid();

    public string TownName { get; } = "测试镇" + Guid.NewGuid().ToString("N")[..6];

    public string City { get; } = "晋城市" + Guid.NewGuid().ToString("N")[..4];

    public static string UniqueWord() => "zq" + string.Concat(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))));

    public static EnterpriseProfile Profile(string name, string[] products, string? industry = "C33", string? nameEn = null, string[]? certifications = null, Capacity? capacity = null, bool leading = false) =>
        new(name, nameEn, null, industry, products, certifications ?? [], capacity is null ? [] : [capacity], [], null, null, null, leading, [], null, null, null, [], "test");

    public static ChainGapContent Gap(string title, string[] keywords, string? titleEn = null, Guid? node = null, string? industry = "C27", decimal? volume = null, string? unit = null) =>
        new(title, titleEn, node, GapKind.Product, "园区需要" + title, null, null, volume, unit, null, null, null, industry, keywords);

    public Enterprise NewEnterprise(EnterpriseProfile profile) => Enterprise.Register(TownId, profile, Now);

    public ChainNode Node(string name, ChainPosition position, IReadOnlyList<Guid> enterprises, params string[] products) =>
        ChainNode.Add(TownId, new ChainNodeContent("医药", "Pharmaceuticals", position, name, null, products, ChainNodeStatus.Weak, enterprises, null, 0), "test", Now);

    public ChainGap Posted(ChainGapContent content, GapStatus status = GapStatus.Open)
    {
        var gap = ChainGap.Post(TownId, null, content, "test", Now);
        if (status is GapStatus.InTalks or GapStatus.Filled)
        {
            gap.MoveTo(GapStatus.InTalks, null, "test", null, Now);
        }

        if (status is GapStatus.Filled or GapStatus.Withdrawn)
        {
            gap.MoveTo(status, null, "test", null, Now);
        }

        return gap;
    }

    /// <summary>Saves an enterprise as registering it does, with its event in the outbox, and leaves the index to the event.</summary>
    public async Task SaveWithEventAsync(Enterprise enterprise)
    {
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>();
        db.Enterprises.Add(enterprise);
        scope.ServiceProvider.GetRequiredService<IOutbox>().Add(new EnterpriseRegistered(enterprise.Id, enterprise.TownId, enterprise.Name, enterprise.Products, enterprise.RegisteredAt));
        await db.SaveChangesAsync();
    }

    /// <summary>Saves the town entry (once) and <paramref name="items"/>, then brings the town's documents into the index.</summary>
    public async Task SaveAsync(params object[] items)
    {
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>();
        if (await db.Towns.FindAsync(TownId) is null)
        {
            db.Towns.Add(TownEntry.Create(TownId, TownName, "Test Town", City, "测试县", Now));
        }

        foreach (var item in items)
        {
            db.Add(item);
        }

        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<ChainSearchIndex>().ChainNodeChangedAsync(TownId, CancellationToken.None);
    }
}
