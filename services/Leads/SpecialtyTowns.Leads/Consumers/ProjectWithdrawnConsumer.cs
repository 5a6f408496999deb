using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Marks a withdrawn project, which takes no new leads.</summary>
[InboxConsumer("leads.project-directory.project-withdrawn", "leads-project-withdrawn")]
public sealed class ProjectWithdrawnConsumer(LeadsDbContext db, RecordProject projects, RecordGap gaps, ILogger<ProjectWithdrawnConsumer> logger)
    : DirectoryConsumer<ProjectWithdrawn>(db, projects, gaps, logger)
{
    protected override ProjectEntry ProjectOf(ProjectWithdrawn e) => WithAnyContent(
        ProjectEntry.From(e.ProjectId, e.TownId, e.Title, e.Status, e.IndustryCode, e.AmountMinFen, e.AmountMaxFen, e.At),
        e.TitleEn,
        e.Description,
        e.DescriptionEn,
        e.CooperationModes,
        e.LandAreaSquareMetres);
}
