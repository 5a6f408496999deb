using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;
using SpecialtyTowns.Towns.Infrastructure;
using ExpoTownRegisteredConsumer = SpecialtyTowns.Expo.Consumers.TownRegisteredConsumer;
using LeadsTownRegisteredConsumer = SpecialtyTowns.Leads.Consumers.TownRegisteredConsumer;

namespace SpecialtyTowns.Messaging.IntegrationTests;

/// <summary>
/// Each service's StableMessageNames migration, applied over outbox and inbox rows an earlier
/// build wrote with CLR names, then rolled back. The earlier names are spelled out: they are
/// what older builds wrote, whatever the classes are called today.
/// </summary>
public sealed class MessageNamesMigrationTests : IAsyncLifetime
{
    private const string Migration = "StableMessageNames";
    private const string Unrelated = "SomethingElse";

    private static readonly Dictionary<string, Case> Cases = new(StringComparer.Ordinal)
    {
        ["towns"] = new(
            connection => new TownsDbContext(Options<TownsDbContext>(connection)),
            [
                ("SpecialtyTowns.Towns.Contracts.TownRegistered, SpecialtyTowns.Towns.Contracts", typeof(TownRegistered)),
                ("SpecialtyTowns.Towns.Contracts.TownUpdated, SpecialtyTowns.Towns.Contracts", typeof(TownUpdated)),
                ("SpecialtyTowns.Towns.Contracts.ProjectPublished, SpecialtyTowns.Towns.Contracts", typeof(ProjectPublished)),
                ("SpecialtyTowns.Towns.Contracts.ProjectUpdated, SpecialtyTowns.Towns.Contracts", typeof(ProjectUpdated)),
                ("SpecialtyTowns.Towns.Contracts.ProjectStatusChanged, SpecialtyTowns.Towns.Contracts", typeof(ProjectStatusChanged)),
                ("SpecialtyTowns.Towns.Contracts.ProjectWithdrawn, SpecialtyTowns.Towns.Contracts", typeof(ProjectWithdrawn)),
            ],
            Consumers: null),
        ["enterprises"] = new(
            connection => new EnterprisesDbContext(Options<EnterprisesDbContext>(connection)),
            [
                ("SpecialtyTowns.Enterprises.Contracts.EnterpriseRegistered, SpecialtyTowns.Enterprises.Contracts", typeof(EnterpriseRegistered)),
                ("SpecialtyTowns.Enterprises.Contracts.EnterpriseUpdated, SpecialtyTowns.Enterprises.Contracts", typeof(EnterpriseUpdated)),
            ],
            Consumers: []),
        ["leads"] = new(
            connection => new LeadsDbContext(Options<LeadsDbContext>(connection)),
            [("SpecialtyTowns.Leads.Contracts.LeadCreated, SpecialtyTowns.Leads.Contracts", typeof(LeadCreated))],
            [("TownRegisteredConsumer", typeof(LeadsTownRegisteredConsumer))]),
        ["expo"] = new(
            connection => new ExpoDbContext(Options<ExpoDbContext>(connection)),
            [("SpecialtyTowns.Expo.Contracts.ExpoEventScheduled, SpecialtyTowns.Expo.Contracts", typeof(ExpoEventScheduled))],
            [("TownRegisteredConsumer", typeof(ExpoTownRegisteredConsumer))]),
    };

    public static TheoryData<string> Services => new(Cases.Keys);

    public Task InitializeAsync() => Infrastructure.StartAsync("postgres");

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Migrate_WhenRowsCarryTheEarlierClrNames_RewritesThemToTheDeclaredNamesAndDownRestoresThem(string service)
    {
        var @case = Cases[service];
        var database = $"{service}_message_names_migration_test";
        await TestDatabase.RecreateAsync(database);
        await using var db = @case.Create(TestDatabase.ConnectionString(database));
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var target = migrations.Single(m => m.EndsWith("_" + Migration, StringComparison.Ordinal));
        var previous = migrations[migrations.IndexOf(target) - 1];
        await migrator.MigrateAsync(previous);
        var earlier = await InsertRowsAsync(db, @case);

        await migrator.MigrateAsync(target);
        var migrated = await ReadNamesAsync(db, @case);
        await migrator.MigrateAsync(previous);
        var restored = await ReadNamesAsync(db, @case);

        Assert.Equal(Sorted(@case.MessageTypes.Select(m => MessageTypeRegistry.NameDeclaredBy(m.Contract)!).Append(Unrelated)), migrated.Outbox);
        Assert.Equal(@case.Consumers is null ? [] : Sorted(@case.Consumers.Select(c => InboxConsumerAttribute.Of(c.Consumer).Name).Append(Unrelated)), migrated.Inbox);
        Assert.Equal(earlier.Outbox, restored.Outbox);
        Assert.Equal(earlier.Inbox, restored.Inbox);
    }

    private static async Task<(List<string> Outbox, List<string> Inbox)> InsertRowsAsync(DbContext db, Case @case)
    {
        foreach (var name in @case.MessageTypes.Select(m => m.Old).Append(Unrelated))
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO outbox_messages (id, message_type, payload, occurred_at, attempts) VALUES ({Guid.CreateVersion7()}, {name}, '{{}}'::jsonb, now(), 0)");
        }

        foreach (var name in @case.Consumers is null ? [] : @case.Consumers.Select(c => c.Old).Append(Unrelated))
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({Guid.NewGuid()}, {name}, now())");
        }

        return await ReadNamesAsync(db, @case);
    }

    private static async Task<(List<string> Outbox, List<string> Inbox)> ReadNamesAsync(DbContext db, Case @case)
    {
        var outbox = await db.Database.SqlQuery<string>($"SELECT message_type AS \"Value\" FROM outbox_messages").ToListAsync();
        var inbox = @case.Consumers is null
            ? []
            : await db.Database.SqlQuery<string>($"SELECT consumer AS \"Value\" FROM inbox_messages").ToListAsync();
        return (Sorted(outbox), Sorted(inbox));
    }

    private static List<string> Sorted(IEnumerable<string> names) => [.. names.Order(StringComparer.Ordinal)];

    private static DbContextOptions<T> Options<T>(string connection)
        where T : DbContext => new DbContextOptionsBuilder<T>().UseNpgsql(connection).Options;

    /// <param name="Consumers">Null where the service has no inbox table.</param>
    private sealed record Case(
        Func<string, DbContext> Create,
        (string Old, Type Contract)[] MessageTypes,
        (string Old, Type Consumer)[]? Consumers);
}
