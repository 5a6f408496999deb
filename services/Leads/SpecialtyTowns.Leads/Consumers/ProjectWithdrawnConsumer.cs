using MassTransit;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Marks a withdrawn project, which takes no new leads.</summary>
[InboxConsumer("leads.project-directory.project-withdrawn", "leads-project-withdrawn")]
public sealed class ProjectWithdrawnConsumer(LeadsDbContext db, RecordProject record, ILogger<ProjectWithdrawnConsumer> logger)
    : InboxConsumer<LeadsDbContext, ProjectWithdrawn>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<ProjectWithdrawn> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        var changed = await record.ExecuteAsync(ProjectEntry.From(e.ProjectId, e.TownId, e.Title, e.Status, e.IndustryCode, e.AmountMinFen, e.AmountMaxFen, e.At), cancellationToken);
        logger.LogInformation("Project {ProjectId} as of {At} applied to the leads directory: {Changed}", e.ProjectId, e.At, changed);
    }
}
