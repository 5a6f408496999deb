using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Domain.Deals;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// What a stage move does to the lead's deal, in the move's transaction: signing makes the deal
/// (DealSigned), the landing stages date it (DealMilestoneReached), losing a signed lead terminates
/// it (DealTerminated). Other moves leave it alone.
/// </summary>
public sealed class LeadDeals(LeadsDbContext db, IOutbox outbox)
{
    /// <summary>The lead's standing (not terminated) deal, tracked for change.</summary>
    public Task<Deal?> StandingAsync(Guid leadId, CancellationToken cancellationToken) =>
        db.Deals.SingleOrDefaultAsync(d => d.LeadId == leadId && d.TerminatedAt == null, cancellationToken);

    public async Task ApplyAsync(Lead lead, LeadStage from, StageFields fields, Deal? standing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (lead.Stage)
        {
            case LeadStage.Signed:
                var deal = Deal.Sign(lead, fields, now);
                db.Deals.Add(deal);
                var organisationName = await db.Organisations.Where(o => o.Id == lead.OrganisationId).Select(o => o.Profile.Name).SingleAsync(cancellationToken);
                outbox.Add(new DealSigned(deal.Id, lead.Id, lead.TownId, lead.OrganisationId, organisationName, lead.ProjectId, lead.GapId, deal.AmountFen, deal.SignedOn, deal.ContractReference, deal.PlannedStartOn, now));
                break;
            case LeadStage.Registered or LeadStage.ConstructionStarted or LeadStage.InProduction when standing is not null:
                standing.Record(lead.Stage, fields);
                var on = lead.Stage switch
                {
                    LeadStage.Registered => standing.RegisteredOn,
                    LeadStage.ConstructionStarted => standing.ConstructionStartedOn,
                    _ => standing.ProductionStartedOn,
                };
                outbox.Add(new DealMilestoneReached(standing.Id, lead.Id, lead.TownId, lead.ProjectId, lead.GapId, LeadStageKeys.Of(lead.Stage), on!.Value, now));
                break;
            case LeadStage.Lost when standing is not null && LeadPipeline.IsWon(from):
                standing.Terminate(now);
                outbox.Add(new DealTerminated(standing.Id, lead.Id, lead.TownId, lead.ProjectId, lead.GapId, lead.LostReason, now));
                break;
        }
    }
}
