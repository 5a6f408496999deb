using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Follows a project's lifecycle (the event carries no title: the known one stays).</summary>
[InboxConsumer("leads.project-directory.project-status-changed", "leads-project-status-changed")]
public sealed class ProjectStatusChangedConsumer(LeadsDbContext db, RecordProject projects, RecordGap gaps, ILogger<ProjectStatusChangedConsumer> logger)
    : DirectoryConsumer<ProjectStatusChanged>(db, projects, gaps, logger)
{
    protected override ProjectEntry ProjectOf(ProjectStatusChanged e) => ProjectEntry.From(e.ProjectId, e.TownId, string.Empty, e.ToStatus, string.Empty, e.AmountMinFen, e.AmountMaxFen, e.At);
}
