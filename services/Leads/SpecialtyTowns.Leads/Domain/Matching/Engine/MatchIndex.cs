using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Investors;

namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// The rows matching reads (organisations, projects, gaps, towns, chain nodes), kept by id and
/// changed one row at a time as the change feed names them; <see cref="Publish"/> derives a new
/// <see cref="MatchSnapshot"/> from the previous one and the rows changed since, <see cref="Rebuild"/>
/// from all the rows. The snapshot depends only on the rows held, never on the order they came in
/// nor on the way it was derived, so an index that followed the feed equals one rebuilt from the database.
/// </summary>
public sealed class MatchIndex
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, (InvestorOrganisation Row, Dictionary<string, int> Terms)> _organisations = [];
    private readonly Dictionary<Guid, (ProjectEntry Row, Dictionary<string, int> Terms)> _projects = [];
    private readonly Dictionary<Guid, (GapEntry Row, Dictionary<string, int> Terms)> _gaps = [];
    private readonly Dictionary<Guid, TownDirectoryEntry> _towns = [];
    private readonly Dictionary<Guid, ChainNodeEntry> _nodes = [];
    private readonly MatchIndexChanges _changes = new();
    private readonly MatchSnapshotUpdater _updater = new();
    private MatchSnapshot _current = MatchSnapshot.Empty;

    public MatchSnapshot Current => Volatile.Read(ref _current);

    public int OrganisationCount
    {
        get
        {
            lock (_gate)
            {
                return _organisations.Count;
            }
        }
    }

    public void Put(InvestorOrganisation organisation)
    {
        var p = organisation.Profile;
        var terms = Terms([.. p.Keywords, p.Description, p.DescriptionEn]);
        lock (_gate)
        {
            _organisations[organisation.Id] = (organisation, terms);
            _changes.Organisations.Add(organisation.Id);
        }
    }

    public void Put(ProjectEntry project)
    {
        var terms = Terms([project.Title, project.TitleEn, project.Description, project.DescriptionEn]);
        lock (_gate)
        {
            _projects[project.ProjectId] = (project, terms);
            _changes.Projects.Add(project.ProjectId);
        }
    }

    public void Put(GapEntry gap)
    {
        var terms = Terms([gap.Title, gap.TitleEn]);
        lock (_gate)
        {
            _gaps[gap.GapId] = (gap, terms);
            _changes.Gaps.Add(gap.GapId);
        }
    }

    public void Put(TownDirectoryEntry town)
    {
        lock (_gate)
        {
            _towns[town.TownId] = town;
            _changes.Towns.Add(town.TownId);
        }
    }

    public void Put(ChainNodeEntry node)
    {
        lock (_gate)
        {
            _nodes[node.NodeId] = node;
            _changes.Nodes.Add(node.NodeId);
        }
    }

    /// <summary>Forgets a row the feed says is gone (kind as in match_changes).</summary>
    public void Remove(string kind, Guid id)
    {
        lock (_gate)
        {
            _ = kind switch
            {
                MatchChangeKinds.Organisation => _organisations.Remove(id) | _changes.Organisations.Add(id),
                MatchChangeKinds.Project => _projects.Remove(id) | _changes.Projects.Add(id),
                MatchChangeKinds.Gap => _gaps.Remove(id) | _changes.Gaps.Add(id),
                MatchChangeKinds.Town => _towns.Remove(id) | _changes.Towns.Add(id),
                MatchChangeKinds.ChainNode => _nodes.Remove(id) | _changes.Nodes.Add(id),
                _ => false,
            };
        }
    }

    /// <summary>Forgets every row (a full load follows); the published snapshot stays until the next publish.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _changes.Organisations.UnionWith(_organisations.Keys);
            _changes.Projects.UnionWith(_projects.Keys);
            _changes.Gaps.UnionWith(_gaps.Keys);
            _changes.Towns.UnionWith(_towns.Keys);
            _changes.Nodes.UnionWith(_nodes.Keys);
            _organisations.Clear();
            _projects.Clear();
            _gaps.Clear();
            _towns.Clear();
            _nodes.Clear();
        }
    }

    /// <summary>Derives the snapshot of the rows held now from the last one published this way and the rows changed since, and publishes it.</summary>
    public MatchSnapshot Publish()
    {
        MatchSnapshot snapshot;
        lock (_gate)
        {
            snapshot = _updater.Update(new MatchIndexRows(_organisations, _projects, _gaps, _towns, _nodes), _changes);
            _changes.Clear();
        }

        Volatile.Write(ref _current, snapshot);
        return snapshot;
    }

    /// <summary>Derives the snapshot of the rows held now from all of them (the reference <see cref="Publish"/> equals), and publishes it.</summary>
    public MatchSnapshot Rebuild()
    {
        MatchSnapshot snapshot;
        lock (_gate)
        {
            snapshot = new MatchSnapshotBuilder(_organisations.Values.ToList(), _projects.Values.ToList(), _gaps.Values.ToList(), _towns, _nodes).Build();
        }

        Volatile.Write(ref _current, snapshot);
        return snapshot;
    }

    private static Dictionary<string, int> Terms(IEnumerable<string?> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            MatchText.Count(text, counts);
        }

        return counts;
    }
}
