using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Application.Search;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Domain.Matching;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application.Matching;

/// <summary>
/// Who could fill this gap: enterprises of other towns found in the index by what the gap seeks, scored by
/// <see cref="GapMatcher"/> on their full profiles. Public like the gap, except a withdrawn gap, which only its poster,
/// its town and admins see.
/// </summary>
public sealed class FindGapFillers(EnterprisesDbContext db, MatchCandidates candidates, GapMatcher matcher)
{
    public async Task<IReadOnlyList<GapFiller>> ExecuteAsync(Guid gapId, int max, Caller caller, CancellationToken cancellationToken)
    {
        var gap = await db.ChainGaps.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gapId, cancellationToken);
        if (gap is null || (gap.Status == GapStatus.Withdrawn && !MaySeeWithdrawn(gap, caller)))
        {
            throw new NotFoundException("Chain gap", gapId.ToString());
        }

        var node = gap.ChainNodeId is { } nodeId ? await db.ChainNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == nodeId, cancellationToken) : null;
        var need = MatchingProfiles.Of(gap, node);
        var ids = candidates.Find(SearchKinds.Enterprise, GapWords.Sought(need), gap.TownId).ToList();
        // Only the columns scoring reads: contacts, bands and the rest of a profile cost reading and parsing for nothing.
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new EnterpriseOffer(
                e.Id, e.TownId, e.Name, e.NameEn, e.Products, e.Certifications, e.Equipment, e.Capacities, e.IndustryCode, e.Description, e.DescriptionEn, e.Leading))
            .ToListAsync(cancellationToken);
        var fits = matcher.RankFillers(need, enterprises, max);
        var towns = await TownNames.OfAsync(db, fits.Select(f => f.Enterprise.TownId), cancellationToken);
        return [.. fits.Select(f => new GapFiller(f.Enterprise, towns.GetValueOrDefault(f.Enterprise.TownId, string.Empty), f.Score, f.Reasons))];
    }

    private static bool MaySeeWithdrawn(ChainGap gap, Caller caller) =>
        caller.IsAdmin || caller.IsTown(gap.TownId) || (gap.EnterpriseId is { } poster && caller.IsEnterprise(poster));
}
