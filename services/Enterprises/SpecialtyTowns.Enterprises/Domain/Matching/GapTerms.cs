namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>What matching compares of a gap, tokenised once for every candidate it is compared with.</summary>
public sealed class GapTerms
{
    public GapTerms(GapNeed gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        Gap = gap;
        Sought = [.. GapWords.SoughtWithFactors(gap).Select(s => new MatchPhrase(s.Text, s.Factor, MatchText.Terms(s.Text))).Where(s => s.Terms.Count > 0)];
        Requirements = [.. MatchPhrase.Of(GapWords.Requirements(gap)).Where(r => r.Terms.Count > 0)];
    }

    public GapNeed Gap { get; }

    /// <summary><see cref="GapWords.SoughtWithFactors"/> with terms; phrases without any are left out, as nothing can match them.</summary>
    public IReadOnlyList<MatchPhrase> Sought { get; }

    /// <summary><see cref="GapWords.Requirements"/> with terms, likewise.</summary>
    public IReadOnlyList<MatchPhrase> Requirements { get; }
}
