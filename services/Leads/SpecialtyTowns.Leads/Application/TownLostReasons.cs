using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Towns;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application;

/// <summary>A town's lost reasons: its own list once it saved one, the defaults until then.</summary>
public sealed class TownLostReasons(LeadsDbContext db)
{
    public async Task<IReadOnlyList<LostReason>> ListAsync(Guid townId, CancellationToken cancellationToken)
    {
        var own = await db.LostReasons.AsNoTracking().Where(r => r.TownId == townId).OrderBy(r => r.Position).ToListAsync(cancellationToken);
        return own.Count > 0 ? own : DefaultLostReasons.For(townId);
    }

    /// <summary>Refuses a key that is not one of the town's reasons in use (retired ones are kept for old leads only).</summary>
    public async Task EnsureUsableAsync(Guid townId, string key, string field, CancellationToken cancellationToken)
    {
        var reasons = await ListAsync(townId, cancellationToken);
        if (!reasons.Any(r => r.Key == key && !r.Retired))
        {
            throw new InvalidValueException(field, $"'{key}' is not one of the town's lost reasons ({string.Join(", ", reasons.Where(r => !r.Retired).Select(r => r.Key))})");
        }
    }
}
