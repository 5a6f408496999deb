namespace SpecialtyTowns.Search.Indexing;

/// <summary>A suggestion string with its source, packed into one docvalues label.</summary>
internal static class SuggestionLabel
{
    private const char Separator = '\u001F';

    /// <summary>The non-blank strings, each text once, the first source kept.</summary>
    public static IEnumerable<(string Text, string Source)> Distinct(IEnumerable<(string? Text, string Source)> sources) =>
        sources
            .Where(s => !string.IsNullOrWhiteSpace(s.Text))
            .Select(s => (s.Text!, s.Source))
            .DistinctBy(s => s.Item1, StringComparer.Ordinal);

    public static string Encode(string source, string text) => source + Separator + text;

    public static (string Source, string Text) Decode(string label)
    {
        var separator = label.IndexOf(Separator, StringComparison.Ordinal);
        return (label[..separator], label[(separator + 1)..]);
    }
}
