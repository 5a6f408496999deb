using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application.Deals;

/// <summary>
/// Optimistic concurrency on a deal: a change made on an older version is refused with the rule
/// "stale-version" (412 at the gateway), whether the client named the version it saw or two changes
/// raced and the version column caught the loser.
/// </summary>
public static class DealVersions
{
    public const string Rule = "stale-version";

    public static void Ensure(int expected, int current)
    {
        if (expected != 0 && expected != current)
        {
            throw new BusinessRuleException(Rule, $"The deal changed since version {expected}; it is at version {current}", ["expected_version"]);
        }
    }

    public static async Task<T> GuardAsync<T>(Func<Task<T>> change)
    {
        try
        {
            return await change();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(Rule, "The deal was changed by someone else at the same time; reload it and try again", ["expected_version"]);
        }
    }
}
