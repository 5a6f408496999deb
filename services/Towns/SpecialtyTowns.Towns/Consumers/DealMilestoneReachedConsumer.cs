using MassTransit;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Application.Deals;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Consumers;

/// <summary>A deal for a project went into production (投产): the project has landed (落地). Earlier milestones change nothing here.</summary>
[InboxConsumer("towns.projects.deal-milestone-reached", "towns-deal-milestone-reached")]
public sealed class DealMilestoneReachedConsumer(TownsDbContext db, AdvanceProjectForDeal advance, ILogger<DealMilestoneReachedConsumer> logger)
    : InboxConsumer<TownsDbContext, DealMilestoneReached>(db, logger)
{
    public const string InProduction = "in-production";

    protected override async Task HandleAsync(ConsumeContext<DealMilestoneReached> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        if (e.ProjectId is not { } projectId || e.Milestone != InProduction)
        {
            return;
        }

        var note = $"投产 deal {e.DealId} in production on {e.On:yyyy-MM-dd}";
        await advance.ExecuteAsync(projectId, ProjectStatus.Landed, e.DealId, note, cancellationToken);
    }
}
