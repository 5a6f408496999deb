namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// One immutable version of the index: the organisations and the open offers with their vectors,
/// each list ordered by id so that the same data always gives the same arrays and the same sums.
/// Queries read a snapshot without locks; a refresh publishes a new one.
/// </summary>
public sealed class MatchSnapshot
{
    public static readonly MatchSnapshot Empty = new([], [], [], [], []);

    public MatchSnapshot(
        IReadOnlyList<MatchOrganisation> organisations,
        IReadOnlyList<MatchOffer> projects,
        IReadOnlyList<MatchOffer> gaps,
        IReadOnlyList<MatchOffer> towns,
        string[] vocabulary)
    {
        Organisations = organisations;
        Projects = projects;
        Gaps = gaps;
        Towns = towns;
        _vocabulary = vocabulary;
        OrganisationsById = organisations.ToDictionary(o => o.Id);
        OffersById = projects.Concat(gaps).Concat(towns).ToDictionary(o => (o.Kind, o.Id));
    }

    private readonly string[] _vocabulary;

    public IReadOnlyList<MatchOrganisation> Organisations { get; }

    public IReadOnlyList<MatchOffer> Projects { get; }

    public IReadOnlyList<MatchOffer> Gaps { get; }

    public IReadOnlyList<MatchOffer> Towns { get; }

    /// <summary>The terms by id (ids are ordinal ranks of the terms).</summary>
    public IReadOnlyList<string> Vocabulary => _vocabulary;

    public IReadOnlyDictionary<Guid, MatchOrganisation> OrganisationsById { get; }

    public IReadOnlyDictionary<(OfferKind Kind, Guid Id), MatchOffer> OffersById { get; }

    /// <summary>The id of a term, or null when no document has it.</summary>
    public int? TermId(string term)
    {
        var found = Array.BinarySearch(_vocabulary, term, StringComparer.Ordinal);
        return found >= 0 ? found : null;
    }

    public IReadOnlyList<MatchOffer> OffersOf(OfferKind kind) => kind switch
    {
        OfferKind.Project => Projects,
        OfferKind.Gap => Gaps,
        _ => Towns,
    };
}
