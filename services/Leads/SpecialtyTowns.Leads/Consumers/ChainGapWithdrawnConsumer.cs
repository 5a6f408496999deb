using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Marks a withdrawn chain gap, which takes no new leads.</summary>
[InboxConsumer("leads.gap-directory.chain-gap-withdrawn", "leads-chain-gap-withdrawn")]
public sealed class ChainGapWithdrawnConsumer(LeadsDbContext db, RecordProject projects, RecordGap gaps, ILogger<ChainGapWithdrawnConsumer> logger)
    : DirectoryConsumer<ChainGapWithdrawn>(db, projects, gaps, logger)
{
    protected override GapEntry GapOf(ChainGapWithdrawn e) => GapEntry.From(e.GapId, e.TownId, string.Empty, "withdrawn", e.At);
}
