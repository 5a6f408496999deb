using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Adds a posted chain gap to Leads' directory, so leads can name it.</summary>
[InboxConsumer("leads.gap-directory.chain-gap-posted", "leads-chain-gap-posted")]
public sealed class ChainGapPostedConsumer(LeadsDbContext db, RecordProject projects, RecordGap gaps, ILogger<ChainGapPostedConsumer> logger)
    : DirectoryConsumer<ChainGapPosted>(db, projects, gaps, logger)
{
    protected override GapEntry GapOf(ChainGapPosted e) => GapEntry.From(e.GapId, e.TownId, e.Title, e.Status, e.At).WithContent(e.TitleEn, e.Kind, e.IndustryCode, e.ChainNodeId, e.EnterpriseId);
}
