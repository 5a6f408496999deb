namespace SpecialtyTowns.Towns.Search;

/// <summary>
/// One result. <see cref="Highlight"/> is HTML: text escaped, matched terms in &lt;em&gt;; null
/// when the query has no text or the text matched only outside title and body.
/// </summary>
public sealed record SearchHit(
    Guid Id,
    string Kind,
    string Title,
    string? TitleEn,
    Guid TownId,
    string TownName,
    float Score,
    string? Highlight);
