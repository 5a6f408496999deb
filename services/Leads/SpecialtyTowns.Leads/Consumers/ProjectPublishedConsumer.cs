using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Adds a published project to Leads' directory, so leads can name it.</summary>
[InboxConsumer("leads.project-directory.project-published", "leads-project-published")]
public sealed class ProjectPublishedConsumer(LeadsDbContext db, RecordProject projects, RecordGap gaps, ILogger<ProjectPublishedConsumer> logger)
    : DirectoryConsumer<ProjectPublished>(db, projects, gaps, logger)
{
    protected override ProjectEntry ProjectOf(ProjectPublished e) => WithAnyContent(
        ProjectEntry.From(e.ProjectId, e.TownId, e.Title, e.Status, e.IndustryCode, e.AmountMinFen, e.AmountMaxFen, e.At),
        e.TitleEn,
        e.Description,
        e.DescriptionEn,
        e.CooperationModes,
        e.LandAreaSquareMetres);
}
