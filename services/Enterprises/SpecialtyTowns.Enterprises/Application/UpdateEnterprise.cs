using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application;

/// <summary>Replaces an enterprise's profile: the enterprise itself, its town, or an admin.</summary>
public sealed class UpdateEnterprise(EnterprisesDbContext db, IOutbox outbox, IIdempotency idempotency, GetEnterprise get, TimeProvider clock)
{
    public async Task<EnterpriseView> ExecuteAsync(UpdateEnterpriseCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Enterprise, Roles.Town, Roles.Admin);
        var now = clock.GetUtcNow();
        try
        {
            await idempotency.ExecuteAsync(caller, nameof(UpdateEnterprise), command, async ct =>
            {
                var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == command.Id, ct)
                    ?? throw new NotFoundException("Enterprise", command.Id.ToString());
                caller.RequireThat(enterprise.MayBeEditedBy(caller), "edit this enterprise");
                if (command.ExpectedVersion != 0 && command.ExpectedVersion != enterprise.Version)
                {
                    throw new BusinessRuleException("stale-version", $"The enterprise changed since version {command.ExpectedVersion}; it is at version {enterprise.Version}");
                }

                var profile = EnterpriseProfileRules.Check(command.Profile, now);
                if (!enterprise.MayDesignateLeading(caller))
                {
                    profile = profile with { Leading = enterprise.Leading };
                }

                await EnterpriseUniqueness.RequireFreeAsync(db, enterprise.TownId, profile, enterprise.Id, ct);
                if (enterprise.Apply(profile, now))
                {
                    outbox.Add(new EnterpriseUpdated(
                        enterprise.Id, enterprise.TownId, enterprise.Name, enterprise.Products, now, enterprise.NameEn, enterprise.IndustryCode, enterprise.Leading, enterprise.Version));
                }

                return enterprise.Id;
            }, cancellationToken);
        }
        catch (Exception exception) when (EnterpriseUniqueness.Explain(exception) is { } conflict)
        {
            throw conflict;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another edit of the same version committed first.
            throw new BusinessRuleException("stale-version", $"The enterprise {command.Id} changed while this edit was made; reload it and edit again");
        }

        return await get.ExecuteAsync(command.Id, cancellationToken);
    }
}
