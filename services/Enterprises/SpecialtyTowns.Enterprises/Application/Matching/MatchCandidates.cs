using SpecialtyTowns.Enterprises.Application.Search;
using SpecialtyTowns.Enterprises.Infrastructure.Search;
using SpecialtyTowns.Search;
using F = SpecialtyTowns.Enterprises.Infrastructure.Search.EnterprisesSearchFields;

namespace SpecialtyTowns.Enterprises.Application.Matching;

/// <summary>
/// Candidate retrieval for matching: each phrase searched on its own in the index (a search needs all its words, so
/// phrases are not joined), the hits of every phrase pooled: for each phrase, the other towns' documents among the
/// first pages of a search (<see cref="PerPhrase"/> a page) until <see cref="PerPhrase"/> are found. Scoring then reads
/// the candidates from the database.
/// </summary>
public sealed class MatchCandidates(SearchIndex<SearchDocument> index)
{
    /// <summary>At most this many phrases are searched, the first (most specific) ones.</summary>
    public const int MaxPhrases = 5;

    /// <summary>Hits kept per phrase.</summary>
    public const int PerPhrase = 30;

    /// <summary>Pages read per phrase at most, when the excluded town's own documents crowd the first.</summary>
    public const int MaxPagesPerPhrase = 4;

    /// <summary>Ids of documents of <paramref name="kind"/> outside <paramref name="excludedTown"/> matching any phrase.</summary>
    public IReadOnlyCollection<Guid> Find(string kind, IEnumerable<string> phrases, Guid excludedTown)
    {
        var ids = new HashSet<Guid>();
        foreach (var phrase in Phrases(phrases))
        {
            // Each phrase is one thing sought: a document with only some of its words is no candidate, and the
            // partial-match pass (for people's searches) would triple the cost of a call for nothing the scoring keeps.
            var query = new EnterprisesSearchQuery { Kind = kind, Text = phrase, PageSize = PerPhrase }.ToSearchQuery() with { PartialMatchThreshold = 0 };

            // The pages a search would give, read in one pass instead of one search a page (facets and highlights
            // unread): a cluster town's own documents can fill a page, so read on until the phrase has PerPhrase
            // candidates from other towns, a few pages at most.
            var hits = index.Top(query, PerPhrase * MaxPagesPerPhrase, TownField);
            var found = 0;
            for (var page = 1; page <= MaxPagesPerPhrase && found < PerPhrase; page++)
            {
                foreach (var hit in hits.Skip((page - 1) * PerPhrase).Take(PerPhrase).Where(h => Town(h) != excludedTown))
                {
                    found++;
                    ids.Add(Guid.ParseExact(hit.Id, "N"));
                }

                if (hits.Count <= page * PerPhrase)
                {
                    break;
                }
            }
        }

        return ids;
    }

    /// <summary>The phrases searched: distinct, trimmed to what a search takes, the first <see cref="MaxPhrases"/>.</summary>
    public static IEnumerable<string> Phrases(IEnumerable<string> phrases) =>
        phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Select(Trimmed).Distinct(StringComparer.Ordinal).Take(MaxPhrases);

    private static readonly string[] TownField = [F.TownId];

    private static Guid Town(SearchHit hit) => Guid.Parse(hit.Fields[F.TownId]);

    private static string Trimmed(string phrase)
    {
        var text = phrase.Trim();
        return text.Length <= SearchQuery.MaxTextLength ? text : text[..SearchQuery.MaxTextLength];
    }
}
