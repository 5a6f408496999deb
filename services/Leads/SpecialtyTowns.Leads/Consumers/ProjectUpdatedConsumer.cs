using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Keeps a project's title, status and content (what matching reads) in Leads' directory current.</summary>
[InboxConsumer("leads.project-directory.project-updated", "leads-project-updated")]
public sealed class ProjectUpdatedConsumer(LeadsDbContext db, RecordProject projects, RecordGap gaps, ILogger<ProjectUpdatedConsumer> logger)
    : DirectoryConsumer<ProjectUpdated>(db, projects, gaps, logger)
{
    protected override ProjectEntry ProjectOf(ProjectUpdated e) => WithAnyContent(
        ProjectEntry.From(e.ProjectId, e.TownId, e.Title, e.Status, e.IndustryCode, e.AmountMinFen, e.AmountMaxFen, e.At),
        e.TitleEn,
        e.Description,
        e.DescriptionEn,
        e.CooperationModes,
        e.LandAreaSquareMetres);
}
