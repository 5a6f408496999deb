using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Domain.Towns;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// A town's editable list of lost reasons (its own town or an admin): the defaults until it saves its
/// own. Saving replaces the list; a reason left out that a lead uses is retired (kept for that lead's
/// name), one no lead uses is removed.
/// </summary>
public sealed class LostReasonsOfTown(LeadsDbContext db, IIdempotency idempotency, TownLostReasons reasons, LeadDirectory directory)
{
    public async Task<IReadOnlyList<LostReason>> GetAsync(Guid townId, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin).RequireThat(caller.IsAdmin || caller.IsTown(townId), "read the town's lost reasons");
        await directory.EnsureTownKnownAsync(townId, cancellationToken);
        return await reasons.ListAsync(townId, cancellationToken);
    }

    public async Task<IReadOnlyList<LostReason>> SaveAsync(SaveLostReasonsCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin).RequireThat(caller.IsAdmin || caller.IsTown(command.TownId), "edit the town's lost reasons");
        await directory.EnsureTownKnownAsync(command.TownId, cancellationToken);
        await idempotency.ExecuteAsync(caller, nameof(LostReasonsOfTown), command, async ct =>
        {
            var stored = await db.LostReasons.Where(r => r.TownId == command.TownId).ToListAsync(ct);
            var current = stored.Count > 0 ? stored : [.. DefaultLostReasons.For(command.TownId)];
            var used = await db.Leads.Where(l => l.TownId == command.TownId && l.LostReason != null).Select(l => l.LostReason!).Distinct().ToListAsync(ct);
            var position = 0;
            foreach (var (key, name, nameEn, retired) in command.Reasons)
            {
                var reason = current.FirstOrDefault(r => r.Key == key);
                if (reason is null)
                {
                    reason = LostReason.Define(command.TownId, key, name.Trim(), nameEn?.Trim(), position);
                    db.LostReasons.Add(reason);
                }
                else
                {
                    reason.Rename(name.Trim(), nameEn?.Trim(), position);
                    Track(reason, stored);
                }

                if (retired)
                {
                    reason.Retire();
                }

                position++;
            }

            foreach (var left in current.Where(r => command.Reasons.All(n => n.Key != r.Key)))
            {
                if (used.Contains(left.Key))
                {
                    left.Rename(left.Name, left.NameEn, position++);
                    left.Retire();
                    Track(left, stored);
                }
                else if (stored.Contains(left))
                {
                    db.LostReasons.Remove(left);
                }
            }

            return command.TownId;
        }, cancellationToken);
        return await reasons.ListAsync(command.TownId, cancellationToken);
    }

    // A default reason is stored the first time the town's list is saved.
    private void Track(LostReason reason, List<LostReason> stored)
    {
        if (!stored.Contains(reason))
        {
            db.LostReasons.Add(reason);
        }
    }
}
