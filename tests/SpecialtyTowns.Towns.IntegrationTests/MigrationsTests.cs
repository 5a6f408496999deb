using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.IntegrationTests;

/// <summary>
/// Every migration must apply to a database that already holds data, as it will in
/// production, not only to an empty one.
/// </summary>
public sealed class MigrationsTests : IAsyncLifetime
{
    private const string Database = "towns_migrations_test";

    public async Task InitializeAsync()
    {
        await TestKit.Infrastructure.StartAsync("postgres");
        await TestDatabase.RecreateAsync(Database);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Migrate_WhenEachStepMeetsExistingTownsAndProjects_Succeeds()
    {
        await using var db = new TownsDbContext(new DbContextOptionsBuilder<TownsDbContext>()
            .UseNpgsql(TestDatabase.ConnectionString(Database)).Options);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();

        foreach (var migration in migrations)
        {
            await migrator.MigrateAsync(migration);
            await AddRowsAsync(db);
        }

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(migrations.Count, await db.Towns.CountAsync());
        Assert.All(await db.Towns.AsNoTracking().ToListAsync(), town => Assert.NotNull(town.Platforms));
    }

    [Fact]
    public async Task Migrate_WhenProjectsAndSeededTownsHadRequestIds_CarriesTheirKeysToTheCreatingCaller()
    {
        await TestDatabase.RecreateAsync(Database);
        await using var db = new TownsDbContext(new DbContextOptionsBuilder<TownsDbContext>()
            .UseNpgsql(TestDatabase.ConnectionString(Database)).Options);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var keys = migrations.FindIndex(m => m.EndsWith("_IdempotentRequests", StringComparison.Ordinal));
        await migrator.MigrateAsync(migrations[keys - 1]);
        var (townId, projectId) = (Guid.NewGuid(), Guid.NewGuid());
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO towns (id, name, level, category, main_industry, facts, registered_at, creation_request_id)
            VALUES ({townId}, '种子镇', 'Unknown', 'AdvancedManufacturing', '法兰', ARRAY['fact']::text[], now(), 'seed:种子镇');
            INSERT INTO projects (id, town_id, title, description, industry_code, amount_min_fen, amount_max_fen, cooperation_modes, status, created_at, updated_at, creation_request_id)
            VALUES ({projectId}, {townId}, '项目', '描述', 'C33', 0, 100, ARRAY['equity']::text[], 'Draft', now(), now(), 'key-1');
            INSERT INTO project_history (project_id, at, actor, action, to_status) VALUES ({projectId}, now(), 'town-user-1', 'created', 'draft');
            """);

        await migrator.MigrateAsync();

        var carried = await db.Set<IdempotentRequest>().AsNoTracking().OrderBy(r => r.Operation).ToListAsync();
        Assert.Collection(
            carried,
            project => Assert.Equal(("town-user-1", "key-1", "CreateProject", $"\"{projectId}\""), (project.Subject, project.RequestId, project.Operation, project.Result)),
            town => Assert.Equal(("seed", "seed:种子镇", "RegisterTown", $"\"{townId}\""), (town.Subject, town.RequestId, town.Operation, town.Result)));
    }

    /// <summary>A town (and, once the table exists, a project) written with plain SQL, as an older version would have.</summary>
    private static async Task AddRowsAsync(TownsDbContext db)
    {
        var townId = Guid.NewGuid();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO towns (id, name, level, category, main_industry, facts, registered_at)
            VALUES ({townId}, {"迁移镇" + townId.ToString("N")[..8]}, 'Unknown', 'AdvancedManufacturing', '法兰', ARRAY['fact']::text[], now())
            """);
        var hasProjects = await db.Database.SqlQuery<bool>($"SELECT to_regclass('public.projects') IS NOT NULL AS \"Value\"").SingleAsync();
        if (hasProjects)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO projects (id, town_id, title, description, industry_code, amount_min_fen, amount_max_fen, cooperation_modes, status, created_at, updated_at)
                VALUES ({Guid.NewGuid()}, {townId}, '项目', '描述', 'C33', 0, 100, ARRAY['equity']::text[], 'Draft', now(), now())
                """);
        }
    }
}
