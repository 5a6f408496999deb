namespace SpecialtyTowns.Gateway.Web.Matching;

/// <summary>
/// The list shown after a feedback: the service's fresh list, except that an item the user just expressed interest
/// in (now an open lead, so no longer recommended) stays where it was, showing its new lead.
/// </summary>
public static class ActedItems
{
    public static IReadOnlyList<T> KeepInPlace<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> id, string actedId)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(id);
        if (after.Any(item => id(item) == actedId))
        {
            return after;
        }

        var index = before.ToList().FindIndex(item => id(item) == actedId);
        if (index < 0)
        {
            return after;
        }

        var kept = after.ToList();
        kept.Insert(Math.Min(index, kept.Count), before[index]);
        return kept;
    }
}
