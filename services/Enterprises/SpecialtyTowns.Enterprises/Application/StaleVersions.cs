using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application;

/// <summary>
/// Optimistic concurrency for gaps and chain nodes: an edit made on an older version than the
/// current one is refused with the rule "stale-version", whether the client said which version it
/// saw (expected_version) or two edits raced and the version column caught the loser.
/// </summary>
public static class StaleVersions
{
    public const string Rule = "stale-version";

    public static void Ensure(int expected, int current, string what)
    {
        if (expected != 0 && expected != current)
        {
            throw new BusinessRuleException(Rule, $"The {what} changed since version {expected}; it is at version {current}");
        }
    }

    public static async Task<T> GuardAsync<T>(string what, Func<Task<T>> change)
    {
        try
        {
            return await change();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(Rule, $"The {what} was changed by someone else at the same time; reload it and try again");
        }
    }
}
