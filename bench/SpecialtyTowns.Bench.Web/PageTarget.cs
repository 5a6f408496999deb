namespace SpecialtyTowns.Bench.Web;

/// <summary>
/// A page to load and the element whose visibility makes it usable: the page's heading, or on the
/// search page its first result.
/// </summary>
internal sealed record PageTarget(string Path, string ReadySelector)
{
    public const string HeadingSelector = "main h1";

    public const string SearchResultSelector = ".st-hit";

    /// <summary>Replaced by the id of a seed town (read through the REST API).</summary>
    public const string TownPlaceholder = "{town}";

    public bool IsSearch => Path.StartsWith("/search", StringComparison.Ordinal);

    /// <summary>"path" or "path|selector"; a search path waits for its first result by default.</summary>
    public static PageTarget Parse(string text)
    {
        var parts = text.Split('|', 2, StringSplitOptions.TrimEntries);
        var path = parts[0];
        if (!path.StartsWith('/'))
        {
            throw new ArgumentException($"a page is a path starting with /: {text}");
        }

        var selector = parts.Length == 2 ? parts[1] : path.StartsWith("/search", StringComparison.Ordinal) ? SearchResultSelector : HeadingSelector;
        return new PageTarget(path, selector);
    }
}
