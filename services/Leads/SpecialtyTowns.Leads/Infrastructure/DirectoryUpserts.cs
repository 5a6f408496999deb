using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace SpecialtyTowns.Leads.Infrastructure;

/// <summary>How every directory entry built from other services' events is kept: the known one takes the state (by its own ordering rule), an unknown one is added.</summary>
public static class DirectoryUpserts
{
    /// <param name="apply">Applies the state to the known entry; returns whether it changed.</param>
    /// <returns>Whether the directory changed.</returns>
    public static async Task<bool> UpsertAsync<TEntry>(
        this DbSet<TEntry> directory, Expression<Func<TEntry, bool>> same, TEntry state, Func<TEntry, bool> apply, CancellationToken cancellationToken)
        where TEntry : class
    {
        if (await directory.SingleOrDefaultAsync(same, cancellationToken) is { } entry)
        {
            return apply(entry);
        }

        directory.Add(state);
        return true;
    }
}
