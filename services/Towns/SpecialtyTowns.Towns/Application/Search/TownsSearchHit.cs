using System.Globalization;
using SpecialtyTowns.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.Application.Search;

/// <summary>
/// One town or project found. <see cref="Highlight"/> is HTML: text escaped, matched terms in &lt;em&gt;; null
/// when the query has no text or the text matched only outside title and body.
/// </summary>
public sealed record TownsSearchHit(
    Guid Id,
    string Kind,
    string Title,
    string? TitleEn,
    Guid TownId,
    string TownName,
    float Score,
    string? Highlight,
    long? AmountMinFen = null,
    long? AmountMaxFen = null,
    string? Status = null,
    int MatchedWords = 0)
{
    public static TownsSearchHit From(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new TownsSearchHit(
            Guid.ParseExact(hit.Id, "N"),
            hit.Fields[TownsSearchFields.Kind],
            hit.Fields[TownsSearchFields.TitleZh],
            hit.Fields.GetValueOrDefault(TownsSearchFields.TitleEn),
            Guid.ParseExact(hit.Fields[TownsSearchFields.TownId], "N"),
            hit.Fields[TownsSearchFields.TownName],
            hit.Score,
            hit.Highlight,
            Fen(hit.Fields.GetValueOrDefault(TownsSearchFields.AmountMinFen)),
            Fen(hit.Fields.GetValueOrDefault(TownsSearchFields.AmountMaxFen)),
            hit.Fields.GetValueOrDefault(TownsSearchFields.Status),
            hit.MatchedWords);
    }

    private static long? Fen(string? stored) =>
        long.TryParse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture, out var fen) ? fen : null;
}
