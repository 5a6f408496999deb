using MassTransit;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Follows a project's lifecycle (the event carries no title: the known one stays).</summary>
[InboxConsumer("leads.project-directory.project-status-changed", "leads-project-status-changed")]
public sealed class ProjectStatusChangedConsumer(LeadsDbContext db, RecordProject record, ILogger<ProjectStatusChangedConsumer> logger)
    : InboxConsumer<LeadsDbContext, ProjectStatusChanged>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<ProjectStatusChanged> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        var changed = await record.ExecuteAsync(ProjectEntry.From(e.ProjectId, e.TownId, string.Empty, e.ToStatus, string.Empty, e.AmountMinFen, e.AmountMaxFen, e.At), cancellationToken);
        logger.LogInformation("Project {ProjectId} as of {At} applied to the leads directory: {Changed}", e.ProjectId, e.At, changed);
    }
}
