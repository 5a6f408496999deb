using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Application.Search;
using SpecialtyTowns.Enterprises.Domain.Matching;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application.Matching;

/// <summary>
/// The still-open gaps (open or in talks) of other towns an enterprise could fill: found in the index by what it
/// makes and can do, scored by <see cref="GapMatcher"/>. Public like the enterprise and the gaps.
/// </summary>
public sealed class FindGapsForEnterprise(EnterprisesDbContext db, MatchCandidates candidates, GapMatcher matcher)
{
    public async Task<IReadOnlyList<GapMatch>> ExecuteAsync(Guid enterpriseId, int max, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken)
            ?? throw new NotFoundException("Enterprise", enterpriseId.ToString());
        var offer = MatchingProfiles.Of(enterprise);
        var ids = candidates.Find(SearchKinds.Gap, GapWords.Offered(offer), enterprise.TownId).ToList();
        var gaps = await db.ChainGaps.AsNoTracking().Where(g => ids.Contains(g.Id)).ToListAsync(cancellationToken);
        var nodeIds = gaps.Select(g => g.ChainNodeId).OfType<Guid>().Distinct().ToList();
        var nodes = await db.ChainNodes.AsNoTracking().Where(n => nodeIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
        var needs = gaps.Select(g => (MatchingProfiles.Of(g, g.ChainNodeId is { } id ? nodes.GetValueOrDefault(id) : null), g.Status));
        var fits = matcher.RankGaps(offer, needs, max);
        var towns = await TownNames.OfAsync(db, fits.Select(f => f.Gap.TownId), cancellationToken);
        return [.. fits.Select(f => new GapMatch(f.Gap, towns.GetValueOrDefault(f.Gap.TownId, string.Empty), f.Score, f.Reasons))];
    }
}
