using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;

namespace SpecialtyTowns.Leads.Application;

/// <summary>Brings the directory's entry of a chain node up to the version an event of Enterprises carries; older versions change nothing.</summary>
public sealed class RecordChainNode(LeadsDbContext db)
{
    /// <returns>Whether the entry changed.</returns>
    public Task<bool> ExecuteAsync(ChainNodeEntry state, CancellationToken cancellationToken) =>
        db.ChainNodeDirectory.UpsertAsync(n => n.NodeId == state.NodeId, state, entry => entry.Apply(state), cancellationToken);
}
