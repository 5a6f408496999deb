using System.Globalization;
using System.Text;

namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// The terms of a text for the text feature: Chinese as overlapping character bigrams (no word
/// segmenter is needed and a two-character word such as 法兰 is one term), other scripts as
/// lower-cased words of two or more letters or digits, minus a few English function words.
/// </summary>
public static class MatchText
{
    private static readonly HashSet<string> StopWords =
    [
        "the", "and", "for", "with", "from", "into", "this", "that", "are", "was", "its", "our", "per", "of", "in", "on", "to", "by", "an", "or", "as", "at", "is", "be", "it",
    ];

    /// <summary>Adds the terms of <paramref name="text"/> to <paramref name="counts"/> (term frequency).</summary>
    public static void Count(string? text, Dictionary<string, int> counts)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var word = new StringBuilder();
        var previousHan = '\0';
        var hanRun = 0;
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                Flush(word, counts);
                if (hanRun > 0)
                {
                    Add(counts, string.Concat(previousHan, c));
                }

                previousHan = c;
                hanRun++;
                continue;
            }

            FlushLoneHan(previousHan, hanRun, counts);
            hanRun = 0;
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush(word, counts);
            }
        }

        FlushLoneHan(previousHan, hanRun, counts);
        Flush(word, counts);
    }

    /// <summary>The distinct terms of a text, in order of appearance.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Count(text, counts);
        return [.. counts.Keys];
    }

    private static bool IsHan(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u3400' && c <= '\u9FFF';

    private static void FlushLoneHan(char han, int run, Dictionary<string, int> counts)
    {
        // A single Chinese character between other text still says something (钢, 煤).
        if (run == 1)
        {
            Add(counts, han.ToString());
        }
    }

    private static void Flush(StringBuilder word, Dictionary<string, int> counts)
    {
        if (word.Length >= 2)
        {
            var term = word.ToString();
            if (!StopWords.Contains(term))
            {
                Add(counts, term);
            }
        }

        word.Clear();
    }

    private static void Add(Dictionary<string, int> counts, string term) =>
        counts[term] = counts.GetValueOrDefault(term) + 1;
}
