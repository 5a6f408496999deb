using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Domain.Matching.Engine;
using SpecialtyTowns.SharedKernel.Industries;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>
/// A SYNTHETIC market: towns in Shanxi's cities, organisations with hidden preferences (what they
/// really want, <see cref="HiddenOrganisation"/>) and the noisy profile they show, projects with
/// the hidden bar their town sets for a partner. Seeded: the same arguments give the same market.
/// </summary>
internal sealed class SyntheticMarket
{
    private const long Yuan = 100;
    private const decimal SquareMetresPerMu = 666.67m;

    private static readonly string[] Cities = ["太原市", "大同市", "阳泉市", "长治市", "晋城市", "朔州市", "晋中市", "运城市", "忻州市", "临汾市", "吕梁市"];

    private readonly Random _random;
    private readonly string[] _industries;
    private readonly string[] _modes = [.. InvestorKeys.CooperationModes];

    public SyntheticMarket(int seed, int organisations, int projects, int towns)
    {
        _random = new Random(seed);
        _industries = [.. IndustryTaxonomy.Codes.Keys.Where(c => c.Length == 3).Order(StringComparer.Ordinal)];
        Towns = [.. Enumerable.Range(0, towns).Select(i => TownDirectoryEntry.Registered(Id(), $"合成镇{i}", "synthetic", "synthetic", Cities[i % Cities.Length], Start, Start))];
        TownIndustry = Towns.ToDictionary(t => t.TownId, _ => Pick(_industries));
        Organisations = [.. Enumerable.Range(0, organisations).Select(Organisation)];
        Projects = [.. Enumerable.Range(0, projects).Select(Project)];
    }

    public static DateTimeOffset Start { get; } = new(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(8));

    public List<TownDirectoryEntry> Towns { get; }

    public Dictionary<Guid, string> TownIndustry { get; }

    public List<HiddenOrganisation> Organisations { get; }

    public List<HiddenProject> Projects { get; }

    public static string Word(string industry, int i) => $"{industry.ToLowerInvariant()}w{i}";

    public MatchIndex Index()
    {
        var index = new MatchIndex();
        Towns.ForEach(index.Put);
        Organisations.ForEach(o => index.Put(o.Row));
        Projects.ForEach(p => index.Put(p.Row));
        index.Publish();
        return index;
    }

    private HiddenOrganisation Organisation(int i)
    {
        var industries = Enumerable.Range(0, 1 + _random.Next(2)).Select(_ => Pick(_industries)).Distinct().ToList();
        var lo = Amount(6.5, 8.8);
        var hi = lo * (2 + (_random.NextDouble() * 4));
        var city = _random.NextDouble() < 0.7 ? Pick(Cities) : null;
        var modes = Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => Pick(_modes)).Distinct().ToList();
        var land = _random.NextDouble() < 0.6 ? (decimal?)(_random.Next(20, 300) * SquareMetresPerMu) : null;
        var chinese = _random.NextDouble() < 0.85;
        var keywords = industries.SelectMany(c => Enumerable.Range(0, 6).Select(w => Word(c, w))).OrderBy(_ => _random.Next()).Take(3).ToList();
        var hidden = new HiddenOrganisation(industries, lo, (long)hi, city, modes, land, chinese, keywords);

        // What it shows: a section instead of a code now and then, an unknown ticket, a thin profile.
        var shown = new OrganisationProfile
        {
            Name = $"合成投资{i}",
            IndustriesSought = [.. industries.Select(c => _random.NextDouble() < 0.2 ? c[..1] : c)],
            TicketMinFen = _random.NextDouble() < 0.9 ? lo : null,
            TicketMaxFen = _random.NextDouble() < 0.9 ? (long)hi : null,
            PreferredRegions = city is null ? [] : [city],
            CooperationModes = modes,
            LandNeededSquareMetres = land,
            Languages = chinese ? ["zh"] : ["en"],
            Keywords = keywords,
            Description = _random.NextDouble() < 0.6 ? string.Join(' ', industries.SelectMany(c => Enumerable.Range(0, 3).Select(_ => Word(c, _random.Next(12))))) : null,
            UnifiedSocialCreditCode = _random.NextDouble() < 0.5 ? $"9114{i:D14}" : null,
            ConsentToContact = true,
        };
        hidden.Row = InvestorOrganisation.Register(shown, Start);
        return hidden;
    }

    private HiddenProject Project(int i)
    {
        var town = Towns[_random.Next(Towns.Count)];
        var industry = _random.NextDouble() < 0.7 ? TownIndustry[town.TownId] : Pick(_industries);
        var lo = Amount(6.5, 9.2);
        var hi = (long)(lo * (1.2 + (_random.NextDouble() * 1.8)));
        var modes = Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => Pick(_modes)).Distinct().ToList();
        var land = _random.NextDouble() < 0.8 ? (decimal?)(_random.Next(10, 400) * SquareMetresPerMu) : null;
        var words = Enumerable.Range(0, 8).Select(_ => Word(industry, _random.Next(12))).Concat(Enumerable.Range(0, 6).Select(_ => $"gen{_random.Next(40)}")).ToList();
        var english = _random.NextDouble() < 0.4;
        var row = ProjectEntry.From(Id(), town.TownId, $"合成项目{i} {words[0]} {words[1]}", "published", industry, lo, hi, Start)
            .WithContent(english ? $"Synthetic project {i}" : null, string.Join(' ', words), null, modes, land);
        return new HiddenProject(row, town.City!, industry, lo, hi, modes, land, english, [.. words]);
    }

    private long Amount(double minExponent, double maxExponent) =>
        (long)Math.Pow(10, minExponent + (_random.NextDouble() * (maxExponent - minExponent))) / 10_000 * 10_000 * Yuan;

    private Guid Id()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
