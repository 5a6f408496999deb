using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// Loads a lead for a change by the town that works it (or an admin), refusing an edit made on a
/// stale version (rule <see cref="StaleRule"/>: 412 at the gateway), whether the client said which
/// version it saw or two edits raced and the version column caught the loser.
/// </summary>
public sealed class LeadEditing(LeadsDbContext db)
{
    public const string StaleRule = "stale-version";

    public async Task<Lead> LoadAsync(Guid id, Caller caller, int expectedVersion, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        var lead = await db.Leads.Include(l => l.History).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);

        // Another town's lead is answered like a missing one: its existence is private too.
        if (lead is null || !(caller.IsAdmin || caller.IsTown(lead.TownId)))
        {
            throw new NotFoundException("Lead", id.ToString());
        }

        if (expectedVersion != 0 && expectedVersion != lead.Version)
        {
            throw new BusinessRuleException(StaleRule, $"The lead changed since version {expectedVersion}; it is at version {lead.Version}");
        }

        return lead;
    }

    /// <summary>Runs a change whose save may lose a race on the lead's version.</summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> change)
    {
        try
        {
            return await change();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(StaleRule, "The lead was changed by someone else at the same time; reload it and try again");
        }
    }
}
