using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application;

/// <summary>Registers an enterprise of a known town and announces it.</summary>
public sealed class RegisterEnterprise(EnterprisesDbContext db, IOutbox outbox, IIdempotency idempotency, GetEnterprise get, TimeProvider clock)
{
    public async Task<EnterpriseView> ExecuteAsync(RegisterEnterpriseCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        caller.RequireThat(Enterprise.MayBeRegisteredBy(caller, command.TownId), "register enterprises of this town");
        var now = clock.GetUtcNow();
        var profile = EnterpriseProfileRules.Check(command.Profile, now);
        Guid id;
        try
        {
            id = await idempotency.ExecuteAsync(caller, nameof(RegisterEnterprise), command, async ct =>
            {
                if (!await db.Towns.AnyAsync(t => t.TownId == command.TownId, ct))
                {
                    // Towns' event may still be on its way: a state to wait for, not a bad request.
                    throw new BusinessRuleException("unknown-town", $"town_id: the town {command.TownId} is not known to the Enterprises service (yet)");
                }

                await EnterpriseUniqueness.RequireFreeAsync(db, command.TownId, profile, self: null, ct);
                var enterprise = Enterprise.Register(command.TownId, profile, now);
                db.Enterprises.Add(enterprise);
                outbox.Add(Announcement(enterprise));
                return enterprise.Id;
            }, cancellationToken);
        }
        catch (Exception exception) when (EnterpriseUniqueness.Explain(exception) is { } conflict)
        {
            throw conflict;
        }

        return await get.ExecuteAsync(id, cancellationToken);
    }

    /// <summary>The enterprise as it is now, announced as registered (at registration, and again when its town is announced again).</summary>
    public static EnterpriseRegistered Announcement(Enterprise enterprise) =>
        new(enterprise.Id, enterprise.TownId, enterprise.Name, enterprise.Products, enterprise.RegisteredAt, enterprise.NameEn, enterprise.IndustryCode, enterprise.Leading);
}
