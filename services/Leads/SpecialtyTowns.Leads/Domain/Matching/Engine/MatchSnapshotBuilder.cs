using System.Runtime.InteropServices;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Investors;

namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// Derives a snapshot from the rows: keeps only open offers, builds each town's union, counts
/// document frequencies over organisations and open projects and gaps, and weighs every vector
/// with the IDF of that corpus (so a change anywhere gives every vector the weights a rebuild would).
/// </summary>
internal sealed class MatchSnapshotBuilder(
    IReadOnlyList<(InvestorOrganisation Row, Dictionary<string, int> Terms)> organisations,
    IReadOnlyList<(ProjectEntry Row, Dictionary<string, int> Terms)> projects,
    IReadOnlyList<(GapEntry Row, Dictionary<string, int> Terms)> gaps,
    IReadOnlyDictionary<Guid, TownDirectoryEntry> towns,
    IReadOnlyDictionary<Guid, ChainNodeEntry> nodes)
{
    public MatchSnapshot Build()
    {
        var openProjects = projects.Where(p => MatchKeys.OpenProjectStatuses.Contains(p.Row.Status)).OrderBy(p => p.Row.ProjectId).ToList();
        var openGaps = gaps.Where(g => MatchKeys.OpenGapStatuses.Contains(g.Row.Status)).OrderBy(g => g.Row.GapId).ToList();
        var sortedOrganisations = organisations.OrderBy(o => o.Row.Id).ToList();

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = sortedOrganisations.Select(o => o.Terms).Concat(openProjects.Select(p => p.Terms)).Concat(openGaps.Select(g => g.Terms)).ToList();
        foreach (var document in documents)
        {
            foreach (var term in document.Keys)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(df, term, out _)++;
            }
        }

        var vocabulary = df.Keys.Order(StringComparer.Ordinal).ToArray();
        var ids = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        var idf = new double[vocabulary.Length];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            ids[vocabulary[i]] = i;
            idf[i] = Math.Log((1.0 + documents.Count) / (1.0 + df[vocabulary[i]])) + 1;
        }

        SparseVector Vector(Dictionary<string, int> terms) => Weigh(terms, ids, idf);

        // Each row's vector depends on that row and the IDF only: built in parallel, kept in id order.
        var organisationList = sortedOrganisations.AsParallel().AsOrdered().Select(o => new MatchOrganisation(o.Row.Id, o.Row.Profile, Vector(o.Terms))).ToList();
        var projectOffers = openProjects.AsParallel().AsOrdered().Select(p => Project(p.Row, Vector(p.Terms))).ToList();
        var gapOffers = openGaps.AsParallel().AsOrdered().Select(g => Gap(g.Row, Vector(g.Terms))).ToList();
        var townOffers = Towns(openProjects, openGaps, projectOffers, gapOffers, Vector);
        return new MatchSnapshot(organisationList, projectOffers, gapOffers, townOffers, vocabulary);
    }

    private static SparseVector Weigh(Dictionary<string, int> terms, Dictionary<string, int> ids, double[] idf)
    {
        if (terms.Count == 0)
        {
            return SparseVector.Empty;
        }

        var termIds = new int[terms.Count];
        var counts = new int[terms.Count];
        var n = 0;
        foreach (var (term, count) in terms)
        {
            if (ids.TryGetValue(term, out var id))
            {
                (termIds[n], counts[n]) = (id, count);
                n++;
            }
        }

        Array.Sort(termIds, counts, 0, n);
        var weights = new double[n];
        double norm = 0;
        for (var i = 0; i < n; i++)
        {
            weights[i] = (1 + Math.Log(counts[i])) * idf[termIds[i]];
            norm += weights[i] * weights[i];
        }

        norm = Math.Sqrt(norm);
        var normalised = new float[n];
        for (var i = 0; i < n; i++)
        {
            normalised[i] = (float)(weights[i] / norm);
        }

        return n == 0 ? SparseVector.Empty : new SparseVector(termIds[..n], normalised);
    }

    private MatchOffer Project(ProjectEntry p, SparseVector text) => MatchOfferFactory.Project(p, towns.GetValueOrDefault(p.TownId), text);

    private MatchOffer Gap(GapEntry g, SparseVector text) =>
        MatchOfferFactory.Gap(g, towns.GetValueOrDefault(g.TownId), g.ChainNodeId is { } nodeId ? nodes.GetValueOrDefault(nodeId) : null, text);

    private List<MatchOffer> Towns(
        List<(ProjectEntry Row, Dictionary<string, int> Terms)> openProjects,
        List<(GapEntry Row, Dictionary<string, int> Terms)> openGaps,
        List<MatchOffer> projectOffers,
        List<MatchOffer> gapOffers,
        Func<Dictionary<string, int>, SparseVector> vector)
    {
        var offersByTown = projectOffers.Concat(gapOffers).ToLookup(o => o.TownId);
        var termsByTown = openProjects.Select(p => (p.Row.TownId, p.Terms)).Concat(openGaps.Select(g => (g.Row.TownId, g.Terms))).ToLookup(t => t.TownId, t => t.Terms);
        var result = new List<MatchOffer>();
        foreach (var town in towns.Values.OrderBy(t => t.TownId))
        {
            var offers = offersByTown[town.TownId].ToList();
            if (offers.Count == 0)
            {
                continue;
            }

            var terms = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (term, count) in termsByTown[town.TownId].SelectMany(t => t))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(terms, term, out _) += count;
            }

            result.Add(MatchOfferFactory.Town(town, offers, vector(terms)));
        }

        return result;
    }
}
