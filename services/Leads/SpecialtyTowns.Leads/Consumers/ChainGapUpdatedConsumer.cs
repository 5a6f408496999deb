using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Keeps a chain gap's title and status in Leads' directory current.</summary>
[InboxConsumer("leads.gap-directory.chain-gap-updated", "leads-chain-gap-updated")]
public sealed class ChainGapUpdatedConsumer(LeadsDbContext db, RecordProject projects, RecordGap gaps, ILogger<ChainGapUpdatedConsumer> logger)
    : DirectoryConsumer<ChainGapUpdated>(db, projects, gaps, logger)
{
    protected override (Guid GapId, Guid TownId, string Title, string Status, DateTimeOffset At)? GapOf(ChainGapUpdated e) => (e.GapId, e.TownId, e.Title, e.Status, e.At);
}
