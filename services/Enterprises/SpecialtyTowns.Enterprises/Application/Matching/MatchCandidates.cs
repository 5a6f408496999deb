using SpecialtyTowns.Enterprises.Application.Search;
using SpecialtyTowns.Enterprises.Infrastructure.Search;
using SpecialtyTowns.Search;

namespace SpecialtyTowns.Enterprises.Application.Matching;

/// <summary>
/// Candidate retrieval for matching: each phrase searched on its own in the index (a search needs all its words, so
/// phrases are not joined), the hits of every phrase pooled. Scoring then reads the candidates from the database.
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
        foreach (var phrase in phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Select(Trimmed).Distinct(StringComparer.Ordinal).Take(MaxPhrases))
        {
            // A cluster town's own documents can fill a page: read on (a few pages at most) until the phrase has
            // PerPhrase candidates from other towns.
            var found = 0;
            for (var page = 1; page <= MaxPagesPerPhrase && found < PerPhrase; page++)
            {
                var query = new EnterprisesSearchQuery { Kind = kind, Text = phrase, PageSize = PerPhrase, Page = page };

                // Each phrase is one thing sought: a document with only some of its words is no candidate, and the
                // partial-match pass (for people's searches) would triple the cost of a call for nothing the scoring keeps.
                var result = index.Search(query.ToSearchQuery() with { PartialMatchThreshold = 0 });
                foreach (var hit in result.Items.Select(EnterprisesSearchHit.From).Where(h => h.TownId != excludedTown))
                {
                    found++;
                    ids.Add(hit.Id);
                }

                if (page * PerPhrase >= result.Total)
                {
                    break;
                }
            }
        }

        return ids;
    }

    private static string Trimmed(string phrase)
    {
        var text = phrase.Trim();
        return text.Length <= SearchQuery.MaxTextLength ? text : text[..SearchQuery.MaxTextLength];
    }
}
