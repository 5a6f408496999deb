using MassTransit;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Adds a published project to Leads' directory, so leads can name it.</summary>
[InboxConsumer("leads.project-directory.project-published", "leads-project-published")]
public sealed class ProjectPublishedConsumer(LeadsDbContext db, RecordProject record, ILogger<ProjectPublishedConsumer> logger)
    : InboxConsumer<LeadsDbContext, ProjectPublished>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<ProjectPublished> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        var changed = await record.ExecuteAsync(ProjectEntry.From(e.ProjectId, e.TownId, e.Title, e.Status, e.IndustryCode, e.AmountMinFen, e.AmountMaxFen, e.At), cancellationToken);
        logger.LogInformation("Project {ProjectId} as of {At} applied to the leads directory: {Changed}", e.ProjectId, e.At, changed);
    }
}
