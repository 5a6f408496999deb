using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Application.Chains;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>Posts a gap: a town for its chain, an enterprise for itself, an admin for a town (<see cref="GapOwnership.PosterFor"/>).</summary>
public sealed class PostChainGap(EnterprisesDbContext db, IOutbox outbox, IIdempotency idempotency, TimeProvider clock, ILogger<PostChainGap> logger)
{
    public async Task<ChainGapView> ExecuteAsync(PostChainGapCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Enterprise, Roles.Admin);
        Guid? enterpriseTown = null;
        if (caller is { Role: Roles.Enterprise, EnterpriseId: { } enterpriseId })
        {
            enterpriseTown = await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId).Select(e => (Guid?)e.TownId).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Enterprise", enterpriseId.ToString());
        }

        var poster = GapOwnership.PosterFor(caller, command.TownId, enterpriseTown);
        caller.RequireThat(poster is not null, "post gaps for this town");
        var id = await idempotency.ExecuteAsync(caller, nameof(PostChainGap), command, async ct =>
        {
            await RequireKnownTownAsync(command.TownId, poster!.TownId, ct);
            var now = clock.GetUtcNow();
            var content = await db.CheckedContentAsync(command.Content, poster!, null, now, ct);
            var gap = ChainGap.Post(poster!.TownId, poster.EnterpriseId, content, caller.Subject, now);
            db.ChainGaps.Add(gap);
            outbox.Add(ChainGapEvents.Posted(gap));
            logger.LogInformation("Gap {GapId} posted for town {TownId} by {Subject}", gap.Id, gap.TownId, caller.Subject);
            return gap.Id;
        }, cancellationToken);
        return await db.ViewAsync(id, cancellationToken);
    }

    /// <summary>A town named in the request that Enterprises does not know is bad input (the field is wrong), not a missing resource.</summary>
    private async Task RequireKnownTownAsync(Guid? requested, Guid townId, CancellationToken cancellationToken)
    {
        if (requested is null)
        {
            await db.RequireTownAsync(townId, cancellationToken);
        }
        else if (!await db.Towns.AnyAsync(t => t.TownId == requested, cancellationToken))
        {
            throw new InvalidValueException("town_id", $"'{requested}' is not a known town");
        }
    }
}
