using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Investors;

namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// Derives the next snapshot from the previous one and the rows that changed, equal to what
/// <see cref="MatchSnapshotBuilder"/> builds from all the rows. Only the changed rows (and the offers
/// of a changed town or chain node, and the towns of changed offers) are derived again from their
/// strings; the others keep their offer objects and term ids. The IDF depends on every document
/// (the count of documents is in it), so when any IDF value moves every vector is weighed again, from
/// the term ids and counts kept per row: numeric work only, in the builder's order of operations.
/// </summary>
internal sealed class MatchSnapshotUpdater
{
    private readonly MatchVocabulary _vocabulary = new();
    private readonly Dictionary<Guid, Derived<MatchOrganisation>> _organisations = [];
    private readonly Dictionary<Guid, Derived<MatchOffer>> _projects = [];
    private readonly Dictionary<Guid, Derived<MatchOffer>> _gaps = [];
    private readonly Dictionary<Guid, Derived<MatchOffer>> _towns = [];
    private Guid[] _organisationIds = [];
    private Guid[] _projectIds = [];
    private Guid[] _gapIds = [];
    private Guid[] _townIds = [];

    public MatchSnapshot Update(MatchIndexRows rows, MatchIndexChanges changes)
    {
        var projects = changes.Projects.Concat(rows.Projects.Values.Where(p => changes.Towns.Contains(p.Row.TownId)).Select(p => p.Row.ProjectId)).ToHashSet();
        var gaps = changes.Gaps.Concat(rows.Gaps.Values.Where(g => changes.Towns.Contains(g.Row.TownId) || (g.Row.ChainNodeId is { } n && changes.Nodes.Contains(n))).Select(g => g.Row.GapId)).ToHashSet();
        var towns = changes.Towns.ToHashSet();
        Count(changes.Organisations, _organisations, id => rows.Organisations.TryGetValue(id, out var o) ? o.Terms : null);
        Count(projects, _projects, id => rows.Projects.TryGetValue(id, out var p) && MatchKeys.OpenProjectStatuses.Contains(p.Row.Status) ? p.Terms : null);
        Count(gaps, _gaps, id => rows.Gaps.TryGetValue(id, out var g) && MatchKeys.OpenGapStatuses.Contains(g.Row.Status) ? g.Terms : null);
        towns.UnionWith(projects.Select(id => _projects.GetValueOrDefault(id)?.Value.TownId).Concat(gaps.Select(id => _gaps.GetValueOrDefault(id)?.Value.TownId)).OfType<Guid>());
        towns.UnionWith(projects.Select(id => rows.Projects.GetValueOrDefault(id).Row?.TownId).Concat(gaps.Select(id => rows.Gaps.GetValueOrDefault(id).Row?.TownId)).OfType<Guid>());

        var (remap, idfChanged) = _vocabulary.Commit();
        var idf = _vocabulary.Idf;
        if (idfChanged)
        {
            Reweigh(_organisations, changes.Organisations, remap, idf, (o, text) => o.WithText(text));
            Reweigh(_projects, projects, remap, idf, (o, text) => o.WithText(text));
            Reweigh(_gaps, gaps, remap, idf, (o, text) => o.WithText(text));
            Reweigh(_towns, towns, remap, idf, (o, text) => o.WithText(text));
        }

        var terms = _vocabulary.Terms;
        Derive<InvestorOrganisation, MatchOrganisation>(
            changes.Organisations, _organisations, ref _organisationIds, id => rows.Organisations.TryGetValue(id, out var o) ? o : null, (o, text) => new MatchOrganisation(o.Row.Id, o.Row.Profile, text.Weigh(idf)), terms);
        Derive<ProjectEntry, MatchOffer>(
            projects, _projects, ref _projectIds, id => rows.Projects.TryGetValue(id, out var p) && MatchKeys.OpenProjectStatuses.Contains(p.Row.Status) ? p : null, (p, text) => MatchOfferFactory.Project(p.Row, rows.Towns.GetValueOrDefault(p.Row.TownId), text.Weigh(idf)), terms);
        Derive<GapEntry, MatchOffer>(
            gaps, _gaps, ref _gapIds, id => rows.Gaps.TryGetValue(id, out var g) && MatchKeys.OpenGapStatuses.Contains(g.Row.Status) ? g : null, (g, text) => MatchOfferFactory.Gap(g.Row, rows.Towns.GetValueOrDefault(g.Row.TownId), Node(rows, g.Row), text.Weigh(idf)), terms);
        DeriveTowns(towns, rows.Towns, idf);
        return new MatchSnapshot(
            Array.ConvertAll(_organisationIds, id => _organisations[id].Value),
            Array.ConvertAll(_projectIds, id => _projects[id].Value),
            Array.ConvertAll(_gapIds, id => _gaps[id].Value),
            Array.ConvertAll(_townIds, id => _towns[id].Value),
            terms);
    }

    private static ChainNodeEntry? Node(MatchIndexRows rows, GapEntry gap) => gap.ChainNodeId is { } id ? rows.Nodes.GetValueOrDefault(id) : null;

    /// <summary>Takes the changed documents' old terms out of the frequencies and puts their current ones in (null: not a document now).</summary>
    private void Count<T>(HashSet<Guid> ids, Dictionary<Guid, Derived<T>> derived, Func<Guid, Dictionary<string, int>?> current)
    {
        var terms = _vocabulary.Terms;
        foreach (var id in ids)
        {
            if (derived.TryGetValue(id, out var old))
            {
                _vocabulary.Remove(old.Text.Terms.Select(t => terms[t]));
            }

            if (current(id) is { } now)
            {
                _vocabulary.Add(now.Keys);
            }
        }
    }

    /// <summary>Weighs every kept row that is not derived again below with the new IDF (ids moved first when the vocabulary changed).</summary>
    private static void Reweigh<T>(Dictionary<Guid, Derived<T>> derived, HashSet<Guid> skipped, int[]? remap, double[] idf, Func<T, SparseVector, T> withText)
    {
        var kept = derived.Where(d => !skipped.Contains(d.Key)).ToArray();
        var weighed = new Derived<T>[kept.Length];
        Parallel.For(0, kept.Length, i =>
        {
            var text = remap is null ? kept[i].Value.Text : kept[i].Value.Text.Remap(remap);
            weighed[i] = new Derived<T>(withText(kept[i].Value.Value, text.Weigh(idf)), text);
        });
        for (var i = 0; i < kept.Length; i++)
        {
            derived[kept[i].Key] = weighed[i];
        }
    }

    /// <summary>Derives the changed rows again from their strings and keeps the ids of the kind in ascending order.</summary>
    private static void Derive<TRow, T>(
        HashSet<Guid> ids, Dictionary<Guid, Derived<T>> derived, ref Guid[] order, Func<Guid, (TRow Row, Dictionary<string, int> Terms)?> current, Func<(TRow Row, Dictionary<string, int> Terms), RowText, T> make, string[] terms)
    {
        if (ids.Count == 0)
        {
            return;
        }

        foreach (var id in ids)
        {
            derived.Remove(id);
            if (current(id) is { } row)
            {
                var text = RowText.Of(row.Terms, terms);
                derived[id] = new Derived<T>(make(row, text), text);
            }
        }

        order = Reorder(order, ids, derived.ContainsKey);
    }

    private void DeriveTowns(HashSet<Guid> ids, IReadOnlyDictionary<Guid, TownDirectoryEntry> rows, double[] idf)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var offers = _projects.Values.Concat(_gaps.Values).Where(o => ids.Contains(o.Value.TownId)).ToLookup(o => o.Value.TownId);
        foreach (var id in ids)
        {
            _towns.Remove(id);
            var open = offers[id].ToList();
            if (rows.TryGetValue(id, out var town) && open.Count > 0)
            {
                var text = RowText.Union(open.Select(o => o.Text));
                _towns[id] = new Derived<MatchOffer>(MatchOfferFactory.Town(town, open.ConvertAll(o => o.Value), text.Weigh(idf)), text);
            }
        }

        _townIds = Reorder(_townIds, ids, _towns.ContainsKey);
    }

    /// <summary>The ids in ascending order: the unchanged ones as they were, the changed ones that still exist merged in.</summary>
    private static Guid[] Reorder(Guid[] order, HashSet<Guid> changed, Func<Guid, bool> exists)
    {
        var added = changed.Where(exists).Order().ToArray();
        var result = new List<Guid>(order.Length + added.Length);
        var j = 0;
        foreach (var id in order)
        {
            if (changed.Contains(id))
            {
                continue;
            }

            while (j < added.Length && added[j].CompareTo(id) < 0)
            {
                result.Add(added[j++]);
            }

            result.Add(id);
        }

        result.AddRange(added.Skip(j));
        return [.. result];
    }

    private sealed record Derived<T>(T Value, RowText Text);
}
