using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;

namespace SpecialtyTowns.Leads.Application;

/// <summary>Brings the directory's entry of a chain gap up to the state an event of Enterprises carries; older states change nothing.</summary>
public sealed class RecordGap(LeadsDbContext db)
{
    /// <param name="title">Empty when the event does not carry it (filled, withdrawn): the known title stays.</param>
    /// <returns>Whether the entry changed.</returns>
    public async Task<bool> ExecuteAsync(Guid gapId, Guid townId, string title, string status, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        if (await db.GapDirectory.SingleOrDefaultAsync(g => g.GapId == gapId, cancellationToken) is { } entry)
        {
            return entry.Apply(title, status, asOf);
        }

        db.GapDirectory.Add(GapEntry.From(gapId, townId, title, status, asOf));
        return true;
    }
}
