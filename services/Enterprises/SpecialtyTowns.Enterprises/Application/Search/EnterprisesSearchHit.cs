using SpecialtyTowns.Enterprises.Infrastructure.Search;
using SpecialtyTowns.Search;
using F = SpecialtyTowns.Enterprises.Infrastructure.Search.EnterprisesSearchFields;

namespace SpecialtyTowns.Enterprises.Application.Search;

/// <summary>
/// One enterprise or gap found. <see cref="Highlight"/> is HTML: text escaped, matched terms in &lt;em&gt;; null
/// when the query has no text or the text matched only outside names, titles and keywords.
/// </summary>
public sealed record EnterprisesSearchHit(
    Guid Id,
    string Kind,
    string Title,
    string? TitleEn,
    Guid TownId,
    string TownName,
    string? City,
    float Score,
    string? Highlight,
    string? Industry,
    IReadOnlyList<string> ChainPositions,
    string? Status,
    bool Leading)
{
    public static EnterprisesSearchHit From(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var positions = hit.Fields.GetValueOrDefault(F.ChainPositions);
        return new EnterprisesSearchHit(
            Guid.ParseExact(hit.Id, "N"),
            hit.Fields[F.Kind],
            hit.Fields[F.TitleZh],
            hit.Fields.GetValueOrDefault(F.TitleEn),
            Guid.Parse(hit.Fields[F.TownId]),
            hit.Fields.GetValueOrDefault(F.TownName) ?? string.Empty,
            hit.Fields.GetValueOrDefault(F.City),
            hit.Score,
            hit.Highlight,
            hit.Fields.GetValueOrDefault(F.Industry),
            positions is null ? [] : positions.Split(','),
            hit.Fields.GetValueOrDefault(F.Status),
            hit.Fields.ContainsKey(F.Leading));
    }

    /// <summary>The hit's id as the index keys it.</summary>
    public string IdTerm => EnterprisesSearchSchema.IdTerm(Id);
}
