using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>A gap as the caller may see it (<see cref="GapOwnership.MaySee(Caller, ChainGap)"/>); a withdrawn one of others is not found.</summary>
public sealed class GetChainGap(EnterprisesDbContext db)
{
    public async Task<ChainGapView> ExecuteAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var gap = await db.ChainGaps.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (gap is null || !GapOwnership.MaySee(caller, gap))
        {
            throw new NotFoundException("ChainGap", id.ToString());
        }

        return (await db.ViewsAsync([gap], cancellationToken))[0];
    }
}
