using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Enterprises.Application;

/// <summary>Registers an enterprise of a town and announces it.</summary>
public sealed class RegisterEnterprise(EnterprisesDbContext db, IOutbox outbox, IIdempotency idempotency, TimeProvider clock)
{
    public async Task<Enterprise> ExecuteAsync(RegisterEnterpriseCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        caller.RequireThat(Enterprise.MayBeRegisteredBy(caller, command.TownId), "register enterprises of this town");
        var id = await idempotency.ExecuteAsync(caller, nameof(RegisterEnterprise), command, _ =>
        {
            var enterprise = Enterprise.Register(command.TownId, command.Profile, clock.GetUtcNow());
            db.Enterprises.Add(enterprise);
            outbox.Add(new EnterpriseRegistered(enterprise.Id, enterprise.TownId, enterprise.Name, enterprise.Products, enterprise.RegisteredAt, enterprise.NameEn, enterprise.IndustryCode, enterprise.Leading));
            return Task.FromResult(enterprise.Id);
        }, cancellationToken);
        return await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);
    }
}
