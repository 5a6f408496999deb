using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Domain.Deals;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application.Deals;

/// <summary>
/// The town (or an admin) records a dated part of a deal's money that arrived (<see cref="FundsArrivalRules"/>);
/// the part, the deal's new total and <see cref="DealFundsArrived"/> commit together.
/// </summary>
public sealed class RecordFundsArrival(
    LeadsDbContext db, IOutbox outbox, IIdempotency idempotency, CallerOrganisation organisations, TimeProvider clock, ILogger<RecordFundsArrival> logger)
{
    public async Task<DealView> ExecuteAsync(RecordFundsArrivalCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Investor, Roles.Town, Roles.Admin);
        await DealVersions.GuardAsync(() => idempotency.ExecuteAsync(caller, nameof(RecordFundsArrival), command, async ct =>
        {
            var deal = await db.Deals.Include(d => d.Funds).SingleOrDefaultAsync(d => d.Id == command.DealId, ct);
            if (deal is null || !DealAccess.Sees(LeadScope.For(caller, await organisations.FindAsync(caller, ct)), deal))
            {
                throw new NotFoundException("Deal", command.DealId.ToString());
            }

            caller.RequireThat(DealAccess.MayRecordFunds(caller, deal), "record the funds of this deal (its town and admins do)");
            DealVersions.Ensure(command.ExpectedVersion, deal.Version);
            var now = clock.GetUtcNow();
            var arrival = deal.AddFunds(command.AmountFen, command.ArrivedOn, command.Note, caller.Subject, now);

            // Added explicitly: found through the navigation with its key already set, it would pass for an existing row.
            db.FundsArrivals.Add(arrival);
            outbox.Add(new DealFundsArrived(deal.Id, deal.TownId, arrival.AmountFen, arrival.ArrivedOn, deal.FundsArrivedFen, deal.AmountFen, now));
            logger.LogInformation("Deal {DealId}: {AmountFen} fen arrived on {ArrivedOn}, {TotalFen} of {DealFen} so far", deal.Id, arrival.AmountFen, arrival.ArrivedOn, deal.FundsArrivedFen, deal.AmountFen);
            return deal.Id;
        }, cancellationToken));
        var saved = await db.Deals.AsNoTracking().Include(d => d.Funds).SingleAsync(d => d.Id == command.DealId, cancellationToken);
        return (await db.ViewsAsync([saved], cancellationToken))[0];
    }
}
