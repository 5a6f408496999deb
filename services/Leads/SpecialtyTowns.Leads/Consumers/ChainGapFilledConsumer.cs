using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Marks a filled chain gap (the event carries no title: the known one stays).</summary>
[InboxConsumer("leads.gap-directory.chain-gap-filled", "leads-chain-gap-filled")]
public sealed class ChainGapFilledConsumer(LeadsDbContext db, RecordProject projects, RecordGap gaps, ILogger<ChainGapFilledConsumer> logger)
    : DirectoryConsumer<ChainGapFilled>(db, projects, gaps, logger)
{
    protected override GapEntry GapOf(ChainGapFilled e) => GapEntry.From(e.GapId, e.TownId, string.Empty, "filled", e.At);
}
