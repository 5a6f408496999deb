using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using SpecialtyTowns.Search.Analysis;

namespace SpecialtyTowns.Search.Highlighting;

/// <summary>
/// Re-analyses a stored field with its index analyzer and wraps the tokens that are query terms
/// in &lt;em&gt;. Overlapping or touching matches merge, so the bigrams 玻璃 璃器 器皿 give one
/// &lt;em&gt;玻璃器皿&lt;/em&gt;. Long text is cut to the window holding most matches. Everything
/// outside the tags is HTML-escaped.
/// </summary>
internal static class SnippetHighlighter
{
    public const int MaxSnippetLength = 120;
    private const int LeadIn = 20;
    private const string Ellipsis = "…";

    /// <param name="Stemmed">Whether the terms are Porter stems (an English field) rather than lower-cased tokens.</param>
    public readonly record struct Candidate(string? Text, Analyzer Analyzer, string Field, IReadOnlySet<string> Terms, bool Stemmed = false);

    /// <summary>
    /// The snippet of the candidate with the most distinct matched terms, then the most matches
    /// (earlier candidates win ties), or null when none matches.
    /// </summary>
    public static string? Best(IEnumerable<Candidate> candidates)
    {
        string? bestText = null;
        List<(int Start, int End)>? bestSpans = null;
        var best = (Distinct: 0, Total: 0);
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrEmpty(candidate.Text) || !MayMatch(candidate.Text, candidate.Terms, candidate.Stemmed))
            {
                continue;
            }

            var matches = !candidate.Stemmed && IsHanOnly(candidate.Terms) && !HasWidthVariants(candidate.Text)
                ? HanMatches(candidate.Text, candidate.Terms)
                : SearchAnalyzers.Analyze(candidate.Analyzer, candidate.Field, candidate.Text)
                    .Where(t => candidate.Terms.Contains(t.Term))
                    .ToList();
            var score = (Distinct: matches.Select(t => t.Term).Distinct(StringComparer.Ordinal).Count(), Total: matches.Count);
            if (score.Distinct > best.Distinct || (score.Distinct == best.Distinct && score.Total > best.Total))
            {
                best = score;
                bestText = candidate.Text;
                bestSpans = Merge(matches);
            }
        }

        return bestText is null ? null : Render(bestText, bestSpans!);
    }

    /// <summary>
    /// Whether any term can occur in the text, judged without analysing it (analysis is most of a highlight's cost):
    /// a term is a token's lower-cased text, so the text must contain it ignoring case; a Porter stem only rewrites
    /// a word's last two letters at most, so the text must contain the rest. Width variants (U+FF00-U+FFEF), which
    /// the analyzers fold, always go on to analysis.
    /// </summary>
    internal static bool MayMatch(string text, IReadOnlySet<string> terms, bool stemmed)
    {
        if (HasWidthVariants(text))
        {
            return terms.Count > 0;
        }

        foreach (var term in terms)
        {
            var probe = stemmed && term.Length > 2 ? term[..^2] : term;
            if (text.Contains(probe, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The tokens a Chinese field's analysis would match for terms of Han characters only, found without analysing:
    /// every Han character is a token and every two adjacent ones a bigram, so a term matches wherever the text has
    /// it (overlapping occurrences too).
    /// </summary>
    internal static List<AnalyzedToken> HanMatches(string text, IReadOnlySet<string> terms)
    {
        var matches = new List<AnalyzedToken>();
        foreach (var term in terms)
        {
            for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                matches.Add(new AnalyzedToken(term, term.Length == 1 ? "<SINGLE>" : "<DOUBLE>", at, at + term.Length, at));
            }
        }

        return matches;
    }

    /// <summary>Terms of one or two Han characters of the basic plane: what a Chinese query's bigrams and single characters are.</summary>
    internal static bool IsHanOnly(IReadOnlySet<string> terms) =>
        terms.Count > 0 && terms.All(t => t.Length is 1 or 2 && t.All(IsHan));

    private static bool IsHan(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    // Full- and half-width forms, which CJKWidthFilter folds before matching.
    private static bool HasWidthVariants(string text) => text.AsSpan().IndexOfAnyInRange('\uFF00', '\uFFEF') >= 0;

    internal static List<(int Start, int End)> Merge(IEnumerable<AnalyzedToken> matches)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var (start, end) in matches.Select(t => (t.Start, t.End)).OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (spans.Count > 0 && start <= spans[^1].End)
            {
                spans[^1] = (spans[^1].Start, Math.Max(spans[^1].End, end));
            }
            else
            {
                spans.Add((start, end));
            }
        }

        return spans;
    }

    internal static string Render(string text, List<(int Start, int End)> spans)
    {
        var (from, to) = Window(text, spans);
        var builder = new StringBuilder();
        if (from > 0)
        {
            builder.Append(Ellipsis);
        }

        var cursor = from;
        foreach (var (start, end) in spans.Where(s => s.Start >= from && s.End <= to))
        {
            builder.Append(WebUtility.HtmlEncode(text[cursor..start]))
                .Append("<em>")
                .Append(WebUtility.HtmlEncode(text[start..end]))
                .Append("</em>");
            cursor = end;
        }

        builder.Append(WebUtility.HtmlEncode(text[cursor..to]));
        if (to < text.Length)
        {
            builder.Append(Ellipsis);
        }

        return builder.ToString();
    }

    private static (int From, int To) Window(string text, List<(int Start, int End)> spans)
    {
        if (text.Length <= MaxSnippetLength)
        {
            return (0, text.Length);
        }

        var bestFrom = 0;
        var bestCount = -1;
        foreach (var (start, _) in spans)
        {
            var from = Math.Max(0, start - LeadIn);
            var count = spans.Count(s => s.Start >= from && s.End <= from + MaxSnippetLength);
            if (count > bestCount)
            {
                bestCount = count;
                bestFrom = from;
            }
        }

        var to = Math.Min(text.Length, bestFrom + MaxSnippetLength);
        bestFrom = Math.Max(0, to - MaxSnippetLength);
        if (bestFrom > 0 && char.IsLowSurrogate(text[bestFrom]))
        {
            bestFrom++;
        }

        if (to < text.Length && char.IsLowSurrogate(text[to]))
        {
            to--;
        }

        // Do not start or end inside an English word, but never drop a match for it.
        var firstInside = spans.Where(s => s.Start >= bestFrom).Select(s => s.Start).DefaultIfEmpty(to).First();
        while (bestFrom > 0 && bestFrom < firstInside && InWord(text, bestFrom))
        {
            bestFrom++;
        }

        var lastInside = spans.Where(s => s.End <= to).Select(s => s.End).DefaultIfEmpty(bestFrom).Last();
        while (to < text.Length && to > lastInside && InWord(text, to))
        {
            to--;
        }

        // A match cut by the window edge would lose its tags; pull the edges out to whole matches.
        foreach (var (start, end) in spans)
        {
            if (start < bestFrom && end > bestFrom)
            {
                bestFrom = start;
            }

            if (start < to && end > to)
            {
                to = end;
            }
        }

        return (bestFrom, to);
    }

    /// <summary>Whether a cut before <paramref name="index"/> splits a word of an alphabetic script.</summary>
    private static bool InWord(string text, int index) =>
        IsWordChar(text[index - 1]) && IsWordChar(text[index]);

    private static bool IsWordChar(char c) => c < '\u2E80' && char.IsLetterOrDigit(c);
}
