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
        foreach (var term in documents.SelectMany(d => d.Keys))
        {
            df[term] = df.GetValueOrDefault(term) + 1;
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

        var organisationList = sortedOrganisations.Select(o => new MatchOrganisation(o.Row.Id, o.Row.Profile, Vector(o.Terms))).ToList();
        var projectOffers = openProjects.Select(p => Project(p.Row, Vector(p.Terms))).ToList();
        var gapOffers = openGaps.Select(g => Gap(g.Row, Vector(g.Terms))).ToList();
        var townOffers = Towns(openProjects, openGaps, projectOffers, gapOffers, Vector);
        return new MatchSnapshot(organisationList, projectOffers, gapOffers, townOffers, vocabulary);
    }

    private static SparseVector Weigh(Dictionary<string, int> terms, Dictionary<string, int> ids, double[] idf)
    {
        var entries = terms.Where(t => ids.ContainsKey(t.Key)).Select(t => (Id: ids[t.Key], Tf: t.Value)).OrderBy(t => t.Id).ToArray();
        var weights = new double[entries.Length];
        double norm = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            weights[i] = (1 + Math.Log(entries[i].Tf)) * idf[entries[i].Id];
            norm += weights[i] * weights[i];
        }

        norm = Math.Sqrt(norm);
        return entries.Length == 0
            ? SparseVector.Empty
            : new SparseVector(entries.Select(e => e.Id).ToArray(), weights.Select(w => (float)(w / norm)).ToArray());
    }

    private MatchOffer Project(ProjectEntry p, SparseVector text)
    {
        var town = towns.GetValueOrDefault(p.TownId);
        var (min, max) = (Math.Min(p.AmountMinFen, p.AmountMaxFen), Math.Max(p.AmountMinFen, p.AmountMaxFen));
        return new MatchOffer
        {
            Kind = OfferKind.Project,
            Id = p.ProjectId,
            TownId = p.TownId,
            Title = p.Title,
            TitleEn = p.TitleEn,
            TownName = town?.Name,
            City = town?.City,
            IndustryCodes = p.IndustryCode.Length > 0 ? [p.IndustryCode] : [],
            Ranges = max > 0 ? [(min, max)] : [],
            CooperationModes = p.CooperationModes,
            LandSquareMetres = (double)(p.LandAreaSquareMetres ?? 0),
            HasEnglish = !string.IsNullOrWhiteSpace(p.TitleEn) || !string.IsNullOrWhiteSpace(p.DescriptionEn),
            AmountMinFen = p.AmountMinFen,
            AmountMaxFen = p.AmountMaxFen,
            Text = text,
        };
    }

    private MatchOffer Gap(GapEntry g, SparseVector text)
    {
        var town = towns.GetValueOrDefault(g.TownId);
        var node = g.ChainNodeId is { } nodeId ? nodes.GetValueOrDefault(nodeId) : null;
        var live = node is { Removed: false };
        return new MatchOffer
        {
            Kind = OfferKind.Gap,
            Id = g.GapId,
            TownId = g.TownId,
            Title = g.Title,
            TitleEn = g.TitleEn,
            TownName = town?.Name,
            City = town?.City,
            IndustryCodes = g.IndustryCode is { Length: > 0 } code ? [code] : [],
            PositionMask = live ? MatchKeys.PositionMask([node!.Position]) : 0,
            NodeNames = live ? [node!.Name] : [],
            HasEnglish = !string.IsNullOrWhiteSpace(g.TitleEn),
            EnterpriseId = g.EnterpriseId,
            Text = text,
        };
    }

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
                terms[term] = terms.GetValueOrDefault(term) + count;
            }

            result.Add(new MatchOffer
            {
                Kind = OfferKind.Town,
                Id = town.TownId,
                TownId = town.TownId,
                Title = town.Name,
                TownName = town.Name,
                City = town.City,
                IndustryCodes = offers.SelectMany(o => o.IndustryCodes).Distinct().Order(StringComparer.Ordinal).ToList(),
                PositionMask = offers.Aggregate(0, (mask, o) => mask | o.PositionMask),
                NodeNames = offers.SelectMany(o => o.NodeNames).Distinct().Order(StringComparer.Ordinal).ToList(),
                Ranges = Merge(offers.SelectMany(o => o.Ranges)),
                CooperationModes = offers.SelectMany(o => o.CooperationModes).Distinct().Order(StringComparer.Ordinal).ToList(),
                LandSquareMetres = offers.Max(o => o.LandSquareMetres),
                HasEnglish = offers.Any(o => o.HasEnglish),
                Text = vector(terms),
            });
        }

        return result;
    }

    private static List<(long Min, long Max)> Merge(IEnumerable<(long Min, long Max)> ranges)
    {
        var merged = new List<(long Min, long Max)>();
        foreach (var r in ranges.OrderBy(r => r.Min).ThenBy(r => r.Max))
        {
            if (merged.Count > 0 && r.Min <= merged[^1].Max)
            {
                merged[^1] = (merged[^1].Min, Math.Max(merged[^1].Max, r.Max));
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }
}
