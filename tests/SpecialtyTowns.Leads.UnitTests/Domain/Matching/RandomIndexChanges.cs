using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Matching;

/// <summary>
/// Random puts and removals of every kind of row, applied to an index and remembered, so that a
/// second index can be built from the rows held at any moment. Words come from a small shared list
/// and a large one of rare words, so terms appear and disappear and the IDF moves.
/// </summary>
internal sealed class RandomIndexChanges(Random random, MatchIndex index)
{
    private static readonly string[] Words = ["法兰", "锻造", "酿酒", "煤炭", "陶瓷", "物流", "旅游", "小米", "flange", "forging", "glass"];

    private static readonly string[] Codes = ["C33", "C34", "C3", "A01", "C", "I65"];

    private static readonly string[] Cities = ["忻州市", "大同市", "太原市"];

    private readonly Dictionary<Guid, InvestorOrganisation> _organisations = [];
    private readonly Dictionary<Guid, ProjectEntry> _projects = [];
    private readonly Dictionary<Guid, GapEntry> _gaps = [];
    private readonly Dictionary<Guid, TownDirectoryEntry> _towns = [];
    private readonly Dictionary<Guid, ChainNodeEntry> _nodes = [];

    /// <summary>A new index holding the same rows, derived whole.</summary>
    public MatchIndex Rebuilt()
    {
        var rebuilt = new MatchIndex();
        _towns.Values.ToList().ForEach(rebuilt.Put);
        _nodes.Values.ToList().ForEach(rebuilt.Put);
        _organisations.Values.ToList().ForEach(rebuilt.Put);
        _projects.Values.ToList().ForEach(rebuilt.Put);
        _gaps.Values.ToList().ForEach(rebuilt.Put);
        rebuilt.Rebuild();
        return rebuilt;
    }

    public void Apply(int changes)
    {
        for (var i = 0; i < changes; i++)
        {
            switch (random.Next(10))
            {
                case 0: Town(); break;
                case 1: Node(); break;
                case 2 or 3: Organisation(); break;
                case 4 or 5 or 6: Project(); break;
                case 7: Gap(); break;
                default: Remove(); break;
            }
        }
    }

    private void Town()
    {
        var id = Existing(_towns) ?? Guid.NewGuid();
        Put(_towns, id, TownDirectoryEntry.Registered(id, $"随机镇{random.Next(1000)}", "法兰", "specialty-manufacturing", random.Next(4) == 0 ? null : Pick(Cities), MatchData.At, MatchData.At), index.Put);
    }

    private void Node()
    {
        var id = Existing(_nodes) ?? Guid.NewGuid();
        var node = ChainNodeEntry.From(id, TownId(), "法兰", Text(1), Pick(["upstream", "midstream", "downstream"]), random.Next(4) == 0, 1, MatchData.At);
        Put(_nodes, id, node, index.Put);
    }

    private void Organisation()
    {
        var profile = new OrganisationProfile
        {
            Name = $"随机投资{random.Next(100_000)}",
            IndustriesSought = [Pick(Codes)],
            ChainPositionsSought = ["midstream"],
            TicketMinFen = random.Next(1, 50) * 100 * MatchData.Wan,
            CooperationModes = [Pick(["equity", "lease"])],
            PreferredRegions = [Pick(["忻州", "大同", "山西"])],
            Languages = random.Next(2) == 0 ? ["zh"] : ["en"],
            Keywords = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => Text(1))],
            Description = random.Next(3) == 0 ? null : Text(3),
            ConsentToContact = random.Next(5) != 0,
        };
        if (Existing(_organisations) is { } id)
        {
            _organisations[id].Apply(profile, MatchData.At.AddMinutes(random.Next(1000)));
            index.Put(_organisations[id]);
            return;
        }

        var organisation = InvestorOrganisation.Register(profile, MatchData.At);
        Put(_organisations, organisation.Id, organisation, index.Put);
    }

    private void Project()
    {
        var id = Existing(_projects) ?? Guid.NewGuid();
        var min = random.Next(0, 100) * 100 * MatchData.Wan;
        var project = ProjectEntry.From(id, TownId(), Text(2), Pick(["published", "negotiating", "withdrawn", "closed"]), Pick(Codes), min, min + (random.Next(0, 100) * 100 * MatchData.Wan), MatchData.At)
            .WithContent(random.Next(2) == 0 ? null : "Flange line " + Text(1), random.Next(3) == 0 ? null : Text(4), null, [Pick(["equity", "lease", "epc"])], random.Next(0, 200) * 666.67m);
        Put(_projects, id, project, index.Put);
    }

    private void Gap()
    {
        var id = Existing(_gaps) ?? Guid.NewGuid();
        var node = random.Next(3) == 0 ? Guid.NewGuid() : Existing(_nodes);
        var gap = GapEntry.From(id, TownId(), Text(2), Pick(["open", "in-talks", "filled"]), MatchData.At)
            .WithContent(random.Next(2) == 0 ? null : "gap " + Text(1), "supplier", random.Next(4) == 0 ? null : Pick(Codes), node, null);
        Put(_gaps, id, gap, index.Put);
    }

    private void Remove()
    {
        var (kind, rows) = random.Next(5) switch
        {
            0 => (MatchChangeKinds.Town, _towns.Keys.ToList()),
            1 => (MatchChangeKinds.ChainNode, _nodes.Keys.ToList()),
            2 => (MatchChangeKinds.Organisation, _organisations.Keys.ToList()),
            3 => (MatchChangeKinds.Project, _projects.Keys.ToList()),
            _ => (MatchChangeKinds.Gap, _gaps.Keys.ToList()),
        };
        var id = rows.Count > 0 ? rows[random.Next(rows.Count)] : Guid.NewGuid();
        _ = _towns.Remove(id) || _nodes.Remove(id) || _organisations.Remove(id) || _projects.Remove(id) || _gaps.Remove(id);
        index.Remove(kind, id);
    }

    /// <summary>Shared words mixed with rare ones (a rare word often appears in one document only).</summary>
    private string Text(int words) =>
        string.Join(" ", Enumerable.Range(0, words).Select(_ => random.Next(3) == 0 ? $"稀有{random.Next(400)}" : Pick(Words)));

    private Guid TownId() => random.Next(6) == 0 || _towns.Count == 0 ? Guid.NewGuid() : _towns.Keys.ElementAt(random.Next(_towns.Count));

    private Guid? Existing<T>(Dictionary<Guid, T> rows) => rows.Count > 0 && random.Next(2) == 0 ? rows.Keys.ElementAt(random.Next(rows.Count)) : null;

    private string Pick(IReadOnlyList<string> items) => items[random.Next(items.Count)];

    private static void Put<T>(Dictionary<Guid, T> rows, Guid id, T row, Action<T> put)
    {
        rows[id] = row;
        put(row);
    }
}
