namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>Where a seed item comes from: the article file and the words quoted from it.</summary>
public sealed record SeedSource(string File, IReadOnlyList<string> Quotes)
{
    /// <summary>The source as stored on the enterprise: the file, then each quote in 「」.</summary>
    public override string ToString() => File + ": " + string.Concat(Quotes.Select(q => "「" + q + "」"));
}
