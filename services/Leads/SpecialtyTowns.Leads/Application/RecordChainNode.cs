using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;

namespace SpecialtyTowns.Leads.Application;

/// <summary>Brings the directory's entry of a chain node up to the version an event of Enterprises carries; older versions change nothing.</summary>
public sealed class RecordChainNode(LeadsDbContext db)
{
    /// <returns>Whether the entry changed.</returns>
    public async Task<bool> ExecuteAsync(ChainNodeEntry state, CancellationToken cancellationToken)
    {
        if (await db.ChainNodeDirectory.SingleOrDefaultAsync(n => n.NodeId == state.NodeId, cancellationToken) is { } entry)
        {
            return entry.Apply(state);
        }

        db.ChainNodeDirectory.Add(state);
        return true;
    }
}
