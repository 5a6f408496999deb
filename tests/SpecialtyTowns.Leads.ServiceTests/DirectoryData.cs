extern alias leads;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.TestKit;
using LeadsDbContext = leads::SpecialtyTowns.Leads.Infrastructure.LeadsDbContext;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>
/// Events published into Leads as other services would, each awaited until its consumer has handled
/// it (its inbox row), and the directory rows and change feed entries they leave.
/// </summary>
public sealed class DirectoryData(LeadsHost host)
{
    private static readonly TimeSpan ConsumeDelay = TimeSpan.FromSeconds(20);

    /// <summary>Publishes <paramref name="message"/> and returns once <paramref name="consumer"/> (its inbox name) has handled it.</summary>
    public async Task DeliverAsync<T>(T message, string consumer)
        where T : class
    {
        var messageId = Guid.NewGuid();
        await host.PublishAsync(message, messageId);
        await Eventually.TrueAsync(
            async () => await host.CountAsync("SELECT count(*) FROM inbox_messages WHERE message_id = $1 AND consumer = $2", messageId, consumer) == 1,
            ConsumeDelay,
            $"{typeof(T).Name} handled by {consumer}");
    }

    /// <summary>The row as the service's database holds it now, or null.</summary>
    public async Task<TEntry?> FindAsync<TEntry>(Func<IQueryable<TEntry>, Task<TEntry?>> query)
        where TEntry : class
    {
        await using var scope = host.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeadsDbContext>();
        return await query(db.Set<TEntry>().AsNoTracking());
    }

    /// <summary>How many entries the change feed (match_changes) holds for the row.</summary>
    public Task<long> ChangesAsync(string kind, Guid id) =>
        host.CountAsync("SELECT count(*) FROM match_changes WHERE kind = $1 AND id = $2", kind, id);
}
