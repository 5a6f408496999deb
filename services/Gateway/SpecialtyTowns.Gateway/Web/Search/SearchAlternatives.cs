namespace SpecialtyTowns.Gateway.Web.Search;

/// <summary>What a search page offers when nothing was found: suggestions for the text typed, or for its start.</summary>
public static class SearchAlternatives
{
    /// <summary>
    /// The suggestions for <paramref name="text"/>, or for its first two characters when the whole of it suggests
    /// nothing; never the text itself. <paramref name="suggest"/> answers null when the service refused.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindAsync(string text, Func<string, Task<IReadOnlyList<string>?>> suggest)
    {
        ArgumentNullException.ThrowIfNull(suggest);
        foreach (var prefix in new[] { text, text[..Math.Min(2, text.Length)] }.Distinct(StringComparer.Ordinal))
        {
            if (await suggest(prefix) is { Count: > 0 } suggestions)
            {
                return suggestions.Where(s => s != text).ToList();
            }
        }

        return [];
    }
}
