using MassTransit;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Application;
using SpecialtyTowns.Towns.Domain.Enterprises;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Consumers;

/// <summary>Keeps a town's view of an enterprise (name, leading flag) current; an older update than the one held is ignored.</summary>
[InboxConsumer("towns.town-enterprises.enterprise-updated", "towns-enterprise-updated")]
public sealed class EnterpriseUpdatedConsumer(TownsDbContext db, RecordEnterprise record, ILogger<EnterpriseUpdatedConsumer> logger)
    : InboxConsumer<TownsDbContext, EnterpriseUpdated>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<EnterpriseUpdated> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        var changed = await record.ExecuteAsync(TownEnterprise.From(e.EnterpriseId, e.TownId, e.Name, e.NameEn, e.Leading, e.Version, e.UpdatedAt), cancellationToken);
        logger.LogInformation("Enterprise {EnterpriseId} of town {TownId} updated to version {Version}: {Changed}", e.EnterpriseId, e.TownId, e.Version, changed);
    }
}
