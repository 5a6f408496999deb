using System.Globalization;
using System.Text;

namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>
/// How two short phrases are compared for matching, without a search engine: Chinese as character bigrams (a single
/// character alone), other words lower-cased with a light English suffix strip ("flanges", "forged", "forging" meet
/// "flange", "forge"). Two phrases overlap by the share of the shorter one's terms found in the other.
/// </summary>
public static class MatchText
{
    /// <summary>Terms of a phrase; empty for blank text.</summary>
    public static IReadOnlySet<string> Terms(string? text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        var run = new StringBuilder();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                Flush(word, terms);
                run.Append(c);
            }
            else if (char.IsLetterOrDigit(c))
            {
                FlushRun(run, terms);
                word.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush(word, terms);
                FlushRun(run, terms);
            }
        }

        Flush(word, terms);
        FlushRun(run, terms);
        return terms;
    }

    /// <summary>
    /// The share (0 to 1) of the smaller term set found in the other: 1 when one phrase contains the other
    /// ("法兰" in "锻造法兰"), 0 when nothing is shared.
    /// </summary>
    public static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return (double)Shared(small, large) / small.Count;
    }

    /// <summary>
    /// How many of <paramref name="terms"/> occur in <paramref name="other"/>; a single Chinese character ("醋") occurs
    /// where a bigram holds it ("陈醋").
    /// </summary>
    public static int Shared(IReadOnlySet<string> terms, IReadOnlySet<string> other) =>
        terms.Count(t => other.Contains(t) || (t.Length == 1 && IsCjk(t[0]) && other.Any(o => o.Contains(t[0], StringComparison.Ordinal))));

    public static double Overlap(string? a, string? b) => Overlap(Terms(a), Terms(b));

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    private static void FlushRun(StringBuilder run, HashSet<string> terms)
    {
        if (run.Length == 1)
        {
            terms.Add(run.ToString());
        }

        for (var i = 0; i + 1 < run.Length; i++)
        {
            terms.Add(run.ToString(i, 2));
        }

        run.Clear();
    }

    private static void Flush(StringBuilder word, HashSet<string> terms)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString();
        word.Clear();
        if (!StopWords.Contains(text))
        {
            terms.Add(Stem(text));
        }
    }

    // Enough to meet plural and verb forms of product words; not a full Porter stemmer.
    private static string Stem(string word)
    {
        if (word.Length <= 3 || word.All(char.IsDigit))
        {
            return word;
        }

        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, false, CultureInfo.InvariantCulture))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static readonly string[] Suffixes = ["ings", "ing", "ies", "es", "ed", "s", "e"];

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "the", "of", "for", "to", "in", "on", "with", "or", "by", "per", "year", "years",
    };
}
