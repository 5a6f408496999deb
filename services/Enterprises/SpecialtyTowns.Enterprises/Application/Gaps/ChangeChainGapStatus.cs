using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>Moves a gap along <see cref="GapLifecycle"/>; the move, its history entry and its event commit together.</summary>
public sealed class ChangeChainGapStatus(EnterprisesDbContext db, IOutbox outbox, IIdempotency idempotency, TimeProvider clock, ILogger<ChangeChainGapStatus> logger)
{
    public async Task<ChainGapView> ExecuteAsync(ChangeChainGapStatusCommand command, Caller caller, CancellationToken cancellationToken)
    {
        await StaleVersions.GuardAsync("gap", () => idempotency.ExecuteAsync(caller, nameof(ChangeChainGapStatus), command, async ct =>
        {
            var gap = await db.LoadChangeableGapAsync(caller, command.Id, ct);
            StaleVersions.Ensure(command.ExpectedVersion, gap.Version, "gap");
            if (command.FilledByEnterpriseId is { } filler && !await db.Enterprises.AnyAsync(e => e.Id == filler, ct))
            {
                throw new InvalidValueException("filled_by_enterprise_id", $"'{filler}' is not a known enterprise");
            }

            var from = gap.MoveTo(command.Status, command.FilledByEnterpriseId, caller.Subject, command.Note, clock.GetUtcNow());
            ChainGapEvents.AddMoved(outbox, gap, command.Note);
            logger.LogInformation("Gap {GapId} moved from {From} to {To}", gap.Id, from, gap.Status);
            return gap.Id;
        }, cancellationToken));
        return await db.ViewAsync(command.Id, cancellationToken);
    }
}
