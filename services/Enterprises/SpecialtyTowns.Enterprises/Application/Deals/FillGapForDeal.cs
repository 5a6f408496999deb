using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Application.Gaps;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Enterprises.Application.Deals;

/// <summary>
/// Fills a gap a deal of the Leads service was signed for (<see cref="GapDealPath"/>): each move is a history
/// entry naming the deal and writes its event, in the consumer's transaction (with its inbox row), so a
/// redelivered event changes nothing. The investor is an organisation, not one of the marketplace's
/// enterprises, so the gap is filled without a filling enterprise.
/// </summary>
public sealed class FillGapForDeal(EnterprisesDbContext db, IOutbox outbox, TimeProvider clock, ILogger<FillGapForDeal> logger)
{
    /// <returns>The statuses the gap moved through (none when it was already filled, withdrawn or unknown).</returns>
    public async Task<IReadOnlyList<GapStatus>> ExecuteAsync(Guid gapId, Guid dealId, string note, CancellationToken cancellationToken)
    {
        var gap = await db.ChainGaps.SingleOrDefaultAsync(g => g.Id == gapId, cancellationToken);
        var moves = gap is null ? [] : GapDealPath.MovesToFilled(gap.Status);
        if (gap is null || moves.Count == 0)
        {
            logger.LogWarning("Deal {DealId} names gap {GapId}, which is {Status}: left as it is", dealId, gapId, gap?.Status.ToString() ?? "unknown");
            return moves;
        }

        var now = clock.GetUtcNow();
        foreach (var next in moves)
        {
            var from = gap.MoveTo(next, null, $"deal:{dealId}", note, now);
            ChainGapEvents.AddMoved(outbox, gap, note);
            logger.LogInformation("Gap {GapId} moved from {From} to {To} for deal {DealId}", gap.Id, from, next, dealId);
        }

        return moves;
    }
}
