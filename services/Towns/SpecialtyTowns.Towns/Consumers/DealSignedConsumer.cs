using MassTransit;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Application.Deals;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Consumers;

/// <summary>A deal for a project was signed (签约): the project moves to signed, through negotiating when it was published.</summary>
[InboxConsumer("towns.projects.deal-signed", "towns-deal-signed")]
public sealed class DealSignedConsumer(TownsDbContext db, AdvanceProjectForDeal advance, ILogger<DealSignedConsumer> logger)
    : InboxConsumer<TownsDbContext, DealSigned>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<DealSigned> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        if (e.ProjectId is not { } projectId)
        {
            return;
        }

        var note = $"签约 deal {e.DealId} signed on {e.SignedOn:yyyy-MM-dd}, contract {e.ContractReference}";
        await advance.ExecuteAsync(projectId, ProjectStatus.Signed, e.DealId, note, cancellationToken);
    }
}
