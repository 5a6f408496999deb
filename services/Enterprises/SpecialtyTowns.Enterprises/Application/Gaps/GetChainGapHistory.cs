using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>
/// Who changed a gap, when and how, oldest first: for its poster, its town and admins, as the
/// entries name the accounts that acted (as a project's history is its town's).
/// </summary>
public sealed class GetChainGapHistory(EnterprisesDbContext db)
{
    public async Task<IReadOnlyList<ChainGapHistoryEntry>> ExecuteAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var gap = await db.ChainGaps.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (gap is null || !GapOwnership.MaySee(caller, gap))
        {
            throw new NotFoundException("ChainGap", id.ToString());
        }

        caller.RequireThat(GapOwnership.MaySeeAll(caller, gap.TownId, gap.EnterpriseId), "read this gap's history");
        return await db.ChainGapHistory.AsNoTracking().Where(h => h.GapId == id).OrderBy(h => h.Id).ToListAsync(cancellationToken);
    }
}
