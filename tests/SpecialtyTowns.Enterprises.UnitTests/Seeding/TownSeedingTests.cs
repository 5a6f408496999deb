using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SpecialtyTowns.Enterprises.Domain.Towns;
using SpecialtyTowns.Enterprises.Seeding;

namespace SpecialtyTowns.Enterprises.UnitTests.Seeding;

public sealed class TownSeedingTests
{
    private static readonly TownEntry Town = TownEntry.Create(Guid.NewGuid(), "定襄法兰专业镇", null, "忻州市", "定襄县", DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task RunAsync_WhenEveryStepSucceeds_RunsThemInOrderAndKeepsNothingPending()
    {
        var journal = new Journal();
        var seeding = Seeding(journal, failFirst: false);

        var done = await seeding.RunAsync(Town.TownId, CancellationToken.None);

        Assert.True(done);
        Assert.Equal(["enterprises", "chains"], journal.Ran);
        Assert.Empty(seeding.Pending);
    }

    [Fact]
    public async Task RunAsync_WhenAStepFails_StopsThereKeepsTheTownPendingAndDoesNotThrow()
    {
        var journal = new Journal { FailuresLeft = 1 };
        var seeding = Seeding(journal, failFirst: true);

        var done = await seeding.RunAsync(Town.TownId, CancellationToken.None);

        Assert.False(done);
        Assert.Empty(journal.Ran);
        Assert.Equal([Town.TownId], seeding.Pending);
    }

    [Fact]
    public async Task RunAsync_WhenRetriedAfterAFailure_RunsEveryStepAndClearsThePendingTown()
    {
        var journal = new Journal { FailuresLeft = 1 };
        var seeding = Seeding(journal, failFirst: true);
        await seeding.RunAsync(Town.TownId, CancellationToken.None);

        var done = await seeding.RunAsync(Town.TownId, CancellationToken.None);

        Assert.True(done);
        Assert.Equal(["enterprises", "chains"], journal.Ran);
        Assert.Empty(seeding.Pending);
    }

    [Fact]
    public async Task RunAsync_WhenTheTownIsNotRecorded_KeepsItPending()
    {
        var seeding = Seeding(new Journal(), failFirst: false);

        var done = await seeding.RunAsync(Guid.NewGuid(), CancellationToken.None);

        Assert.False(done);
        Assert.Single(seeding.Pending);
    }

    private static TownSeeding Seeding(Journal journal, bool failFirst)
    {
        var services = new ServiceCollection()
            .AddSingleton(journal)
            .AddScoped<ITownLookup, OneTown>()

            // Registered out of order: Order decides.
            .AddScoped<ITownSeedStep, ChainsStep>()
            .AddScoped<ITownSeedStep>(_ => new EnterprisesStep(journal, failFirst))
            .BuildServiceProvider();
        return new TownSeeding(services.GetRequiredService<IServiceScopeFactory>(), NullLogger<TownSeeding>.Instance);
    }

    private sealed class Journal
    {
        public List<string> Ran { get; } = [];

        public int FailuresLeft { get; set; }
    }

    private sealed class OneTown : ITownLookup
    {
        public Task<TownEntry?> FindAsync(Guid townId, CancellationToken cancellationToken) =>
            Task.FromResult(townId == Town.TownId ? Town : null);

        public Task<IReadOnlyList<Guid>> AllAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Guid>>([Town.TownId]);
    }

    private sealed class EnterprisesStep(Journal journal, bool fail) : ITownSeedStep
    {
        public int Order => 100;

        public Task RunAsync(TownEntry town, CancellationToken cancellationToken)
        {
            if (fail && journal.FailuresLeft-- > 0)
            {
                throw new InvalidOperationException("the database is away");
            }

            journal.Ran.Add("enterprises");
            return Task.CompletedTask;
        }
    }

    private sealed class ChainsStep(Journal journal) : ITownSeedStep
    {
        public int Order => 200;

        public Task RunAsync(TownEntry town, CancellationToken cancellationToken)
        {
            journal.Ran.Add("chains");
            return Task.CompletedTask;
        }
    }
}
