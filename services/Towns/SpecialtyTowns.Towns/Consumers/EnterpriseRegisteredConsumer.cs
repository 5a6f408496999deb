using MassTransit;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Application;
using SpecialtyTowns.Towns.Domain.Enterprises;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Consumers;

/// <summary>Counts a newly registered enterprise in its town (and lists it when it leads).</summary>
[InboxConsumer("towns.town-enterprises.enterprise-registered", "towns-enterprise-registered")]
public sealed class EnterpriseRegisteredConsumer(TownsDbContext db, RecordEnterprise record, ILogger<EnterpriseRegisteredConsumer> logger)
    : InboxConsumer<TownsDbContext, EnterpriseRegistered>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<EnterpriseRegistered> context, CancellationToken cancellationToken)
    {
        var e = context.Message;

        // A registration carries no version: it is version 0, older than any update.
        var changed = await record.ExecuteAsync(TownEnterprise.From(e.EnterpriseId, e.TownId, e.Name, e.NameEn, e.Leading, 0, e.RegisteredAt), cancellationToken);
        logger.LogInformation("Enterprise {EnterpriseId} of town {TownId} registered: {Changed}", e.EnterpriseId, e.TownId, changed);
    }
}
