using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>Replaces a gap's content (its poster or an admin); a real change is kept in its history and announced once.</summary>
public sealed class UpdateChainGap(EnterprisesDbContext db, IOutbox outbox, IIdempotency idempotency, TimeProvider clock)
{
    public async Task<ChainGapView> ExecuteAsync(UpdateChainGapCommand command, Caller caller, CancellationToken cancellationToken)
    {
        await StaleVersions.GuardAsync("gap", () => idempotency.ExecuteAsync(caller, nameof(UpdateChainGap), command, async ct =>
        {
            var gap = await db.LoadChangeableGapAsync(caller, command.Id, ct);
            StaleVersions.Ensure(command.ExpectedVersion, gap.Version, "gap");
            GapLifecycle.EnsureEditable(gap.Status);
            var now = clock.GetUtcNow();
            var content = await db.CheckedContentAsync(command.Content, new GapPoster(gap.TownId, gap.EnterpriseId), gap.Deadline, now, ct);
            if (gap.Apply(content, caller.Subject, now))
            {
                outbox.Add(ChainGapEvents.Updated(gap));
            }

            return gap.Id;
        }, cancellationToken));
        return await db.ViewAsync(command.Id, cancellationToken);
    }
}
