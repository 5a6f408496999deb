namespace SpecialtyTowns.Towns.Search.Indexing;

/// <summary>A suggestion string with its source, packed into one docvalues label.</summary>
internal static class SuggestionLabel
{
    public const string Keyword = "keyword";
    private const char Separator = '\u001F';

    /// <summary>Title (as its kind), English title, town name and keywords; each text once, the first source kept.</summary>
    public static IEnumerable<(string Text, string Source)> SourcesOf(SearchDocument document)
    {
        IEnumerable<(string? Text, string Source)> all =
        [
            (document.Title, document.Kind),
            (document.TitleEn, document.Kind),
            (document.TownName, SearchKinds.Town),
            .. document.Keywords.Select(k => ((string?)k, Keyword)),
        ];
        return all
            .Where(s => !string.IsNullOrWhiteSpace(s.Text))
            .Select(s => (s.Text!, s.Source))
            .DistinctBy(s => s.Item1, StringComparer.Ordinal);
    }

    public static string Encode(string source, string text) => source + Separator + text;

    public static (string Source, string Text) Decode(string label)
    {
        var separator = label.IndexOf(Separator, StringComparison.Ordinal);
        return (label[..separator], label[(separator + 1)..]);
    }
}
