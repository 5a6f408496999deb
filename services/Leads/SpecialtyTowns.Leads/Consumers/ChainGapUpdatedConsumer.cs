using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Keeps a chain gap's title, status and content (what matching reads) in Leads' directory current.</summary>
[InboxConsumer("leads.gap-directory.chain-gap-updated", "leads-chain-gap-updated")]
public sealed class ChainGapUpdatedConsumer(LeadsDbContext db, RecordProject projects, RecordGap gaps, ILogger<ChainGapUpdatedConsumer> logger)
    : DirectoryConsumer<ChainGapUpdated>(db, projects, gaps, logger)
{
    protected override GapEntry GapOf(ChainGapUpdated e) => GapEntry.From(e.GapId, e.TownId, e.Title, e.Status, e.At).WithContent(e.TitleEn, e.Kind, e.IndustryCode, e.ChainNodeId, e.EnterpriseId);
}
