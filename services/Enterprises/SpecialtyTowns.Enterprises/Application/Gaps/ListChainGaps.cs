using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>A town's or an enterprise's gaps, newest first, as <see cref="GapOwnership.VisibleTo"/> lets the caller see them.</summary>
public sealed class ListChainGaps(EnterprisesDbContext db)
{
    public async Task<ChainGapPage> ExecuteAsync(ListChainGapsQuery query, Caller caller, CancellationToken cancellationToken)
    {
        var gaps = db.ChainGaps.AsNoTracking().Where(GapOwnership.VisibleTo(caller));
        gaps = query.TownId is { } townId ? gaps.Where(g => g.TownId == townId) : gaps.Where(g => g.EnterpriseId == query.EnterpriseId);
        if (query.Status is { } status)
        {
            gaps = gaps.Where(g => g.Status == status);
        }

        var total = await gaps.CountAsync(cancellationToken);

        // Ids are time-ordered (UUIDv7): newest first, and stable while gaps are being added.
        var page = await gaps.OrderByDescending(g => g.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new ChainGapPage(await db.ViewsAsync(page, cancellationToken), total);
    }
}
