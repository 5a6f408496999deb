using MassTransit;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Keeps a project's title and status in Leads' directory current.</summary>
[InboxConsumer("leads.project-directory.project-updated", "leads-project-updated")]
public sealed class ProjectUpdatedConsumer(LeadsDbContext db, RecordProject record, ILogger<ProjectUpdatedConsumer> logger)
    : InboxConsumer<LeadsDbContext, ProjectUpdated>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<ProjectUpdated> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        var changed = await record.ExecuteAsync(ProjectEntry.From(e.ProjectId, e.TownId, e.Title, e.Status, e.IndustryCode, e.AmountMinFen, e.AmountMaxFen, e.At), cancellationToken);
        logger.LogInformation("Project {ProjectId} as of {At} applied to the leads directory: {Changed}", e.ProjectId, e.At, changed);
    }
}
