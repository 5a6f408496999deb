namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>
/// A phrase with its terms (<see cref="MatchText.Terms"/>) and factor (<see cref="GapWords.NodeFactor"/> or 1), so a
/// ranking tokenises each phrase once instead of once for every pair it compares.
/// </summary>
public sealed record MatchPhrase(string Text, double Factor, IReadOnlySet<string> Terms)
{
    /// <summary>The non-blank texts, in order, each with its terms.</summary>
    public static IReadOnlyList<MatchPhrase> Of(IEnumerable<string?> texts, double factor = 1.0) =>
        [.. texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => new MatchPhrase(t!, factor, MatchText.Terms(t)))];
}
