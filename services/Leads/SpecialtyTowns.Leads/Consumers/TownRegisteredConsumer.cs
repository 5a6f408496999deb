using MassTransit;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Adds each newly registered town to Leads' own town directory.</summary>
[InboxConsumer("leads.town-directory.town-registered", "leads-town-registered")]
public sealed class TownRegisteredConsumer(LeadsDbContext db, TimeProvider clock, ILogger<TownRegisteredConsumer> logger)
    : InboxConsumer<LeadsDbContext, TownRegistered>(db, logger)
{
    protected override Task HandleAsync(ConsumeContext<TownRegistered> context, CancellationToken cancellationToken)
    {
        var town = context.Message;
        Db.TownDirectory.Add(TownDirectoryEntry.From(town.TownId, town.Name, town.MainIndustry, town.Category, town.RegisteredAt, clock.GetUtcNow()));
        logger.LogInformation("Town {TownId} added to the leads directory", town.TownId);
        return Task.CompletedTask;
    }
}
