using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application;

/// <summary>Changes an enterprise: the enterprise itself, its town, or an admin.</summary>
public sealed class UpdateEnterprise(EnterprisesDbContext db, IOutbox outbox, IIdempotency idempotency, TimeProvider clock)
{
    public async Task<Enterprise> ExecuteAsync(UpdateEnterpriseCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Enterprise, Roles.Town, Roles.Admin);
        await idempotency.ExecuteAsync(caller, nameof(UpdateEnterprise), command, async ct =>
        {
            var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == command.Id, ct)
                ?? throw new NotFoundException("Enterprise", command.Id.ToString());
            caller.RequireThat(enterprise.MayBeEditedBy(caller), "edit this enterprise");
            if (command.ExpectedVersion != 0 && command.ExpectedVersion != enterprise.Version)
            {
                throw new BusinessRuleException("stale-version", $"The enterprise changed since version {command.ExpectedVersion}; it is at version {enterprise.Version}");
            }

            var now = clock.GetUtcNow();
            if (enterprise.Apply(command.Profile, now))
            {
                outbox.Add(new EnterpriseUpdated(
                    enterprise.Id, enterprise.TownId, enterprise.Name, enterprise.Products, now, enterprise.NameEn, enterprise.IndustryCode, enterprise.Leading, enterprise.Version));
            }

            return enterprise.Id;
        }, cancellationToken);
        return await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == command.Id, cancellationToken);
    }
}
