using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.SharedKernel.Industries;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>Loading a gap to change it, and what checking its content needs (its node, the inherited industry).</summary>
public static class ChangeableGaps
{
    /// <summary>A gap the caller may see and edit (<see cref="GapOwnership"/>); one it may not see is not found.</summary>
    public static async Task<ChainGap> LoadChangeableGapAsync(this EnterprisesDbContext db, Caller caller, Guid id, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Enterprise, Roles.Admin);
        var gap = await db.ChainGaps.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (gap is null || !GapOwnership.MaySee(caller, gap))
        {
            throw new NotFoundException("ChainGap", id.ToString());
        }

        caller.RequireThat(GapOwnership.MayEdit(caller, gap), "edit this gap (gaps are edited by whoever posted them)");
        return gap;
    }

    /// <summary>
    /// Checks the content for the poster and fills in what it inherits: an enterprise's gap without an
    /// industry takes its enterprise's (a town's gap has none to inherit: nodes carry no industry).
    /// </summary>
    public static async Task<ChainGapContent> CheckedContentAsync(
        this EnterprisesDbContext db, ChainGapContent content, GapPoster poster, DateOnly? currentDeadline, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ChainNode? node = null;
        if (content.ChainNodeId is { } nodeId)
        {
            // Held until the gap is saved: a removal of the node (which locks it FOR UPDATE) waits, then sees the gap
            // and refuses; a removal that came first leaves no row here, so the node is unknown, never a foreign-key failure.
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM chain_nodes WHERE id = {nodeId} FOR SHARE", cancellationToken);
            node = await db.ChainNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == nodeId, cancellationToken);
        }

        if (content.IndustryCode is null && poster.EnterpriseId is { } enterpriseId)
        {
            var inherited = await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId).Select(e => e.IndustryCode).SingleOrDefaultAsync(cancellationToken);
            content = content with { IndustryCode = IndustryTaxonomy.IsKnown(inherited) ? inherited : null };
        }

        GapContentRules.Ensure(content, poster, node, currentDeadline, now);
        return content;
    }
}
