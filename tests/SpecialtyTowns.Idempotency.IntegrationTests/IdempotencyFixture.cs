using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SpecialtyTowns.Idempotency.IntegrationTests.Fakes;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Idempotency.IntegrationTests;

/// <summary>A database of its own on the real PostgreSQL, with widgets, the outbox and idempotent_requests.</summary>
public sealed class IdempotencyFixture : IAsyncLifetime
{
    public const string Database = "idempotency_tests";

    public async Task InitializeAsync()
    {
        await Infrastructure.StartAsync("postgres");
        await TestDatabase.RecreateAsync(Database);
        await using var db = NewContext();
        await db.Database.EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly MessageTypeRegistry Registry = new([typeof(WidgetCreated)]);

    public static WidgetDbContext NewContext() => new(new DbContextOptionsBuilder<WidgetDbContext>()
        .UseNpgsql(TestDatabase.ConnectionString(Database), npgsql => npgsql.EnableRetryOnFailure(3))
        .Options);

    /// <summary>
    /// The use case the tests run: a widget and its outbox row, on a context of its own (as one
    /// request would have); <paramref name="during"/> runs inside the transaction after the change.
    /// </summary>
    public static async Task<Guid> CreateWidgetAsync(Caller caller, CreateWidget command, Func<Task>? during = null, string operation = "CreateWidget")
    {
        await using var db = NewContext();
        var idempotency = new EfIdempotency<WidgetDbContext>(db, TimeProvider.System, NullLogger<EfIdempotency<WidgetDbContext>>.Instance);
        var outbox = new EfOutbox<WidgetDbContext>(db, Registry, TimeProvider.System);
        return await idempotency.ExecuteAsync(caller, operation, command, async _ =>
        {
            var widget = new Widget { Id = Guid.CreateVersion7(), Name = command.Name };
            db.Widgets.Add(widget);
            outbox.Add(new WidgetCreated(widget.Id, widget.Name));
            if (during is not null)
            {
                await during();
            }

            return widget.Id;
        }, CancellationToken.None);
    }

    public static Task<long> WidgetsAsync(string name) =>
        TestDatabase.CountAsync(Database, "SELECT count(*) FROM widgets WHERE name = $1", name);

    public static Task<long> OutboxRowsAsync(string name) =>
        TestDatabase.CountAsync(Database, "SELECT count(*) FROM outbox_messages WHERE payload->>'name' = $1", name);

    public static Task<long> KeysAsync(string requestId) =>
        TestDatabase.CountAsync(Database, "SELECT count(*) FROM idempotent_requests WHERE request_id = $1", requestId);
}
