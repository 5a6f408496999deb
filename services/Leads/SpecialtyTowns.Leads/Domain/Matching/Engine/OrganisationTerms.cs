namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>An organisation's side of the per-offer features, precomputed once per search (bits, bounds, divisors).</summary>
internal readonly ref struct OrganisationTerms
{
    private readonly int _position;
    private readonly int _cooperation;
    private readonly bool _hasTicket;
    private readonly double _lo;
    private readonly double _hi;
    private readonly double _landNeeded;
    private readonly bool _chinese;
    private readonly bool _english;
    private readonly double _completeness;

    public OrganisationTerms(MatchOrganisation organisation, MatchColumns columns)
    {
        var p = organisation.Profile;
        _position = organisation.PositionMask;
        _cooperation = p.CooperationModes.Aggregate(0, (bits, mode) => bits | columns.ModeBits.GetValueOrDefault(mode));
        _hasTicket = p.TicketMinFen is not null || p.TicketMaxFen is not null;
        _lo = p.TicketMinFen ?? 0;
        _hi = p.TicketMaxFen ?? double.PositiveInfinity;
        _landNeeded = p.LandNeededSquareMetres is { } n && n > 0 ? (double)n : 0;
        _chinese = organisation.SpeaksChinese;
        _english = organisation.SpeaksEnglish;
        _completeness = organisation.Completeness;
    }

    /// <summary>The features of offer p whose cell constants (industry, region, completeness) are already in x.</summary>
    public void Offer(MatchColumns columns, int p, double text, Span<double> x)
    {
        x[FeatureIndex.ChainPosition] = (_position & columns.Position[p]) != 0 ? 1 : 0;
        x[FeatureIndex.Ticket] = _hasTicket && columns.HasRange[p] ? Ticket(columns.RangeMin[p], columns.RangeMax[p]) : 0;
        x[FeatureIndex.Cooperation] = (_cooperation & columns.Cooperation[p]) != 0 ? 1 : 0;
        x[FeatureIndex.Land] = _landNeeded > 0 && columns.Land[p] > 0 ? Math.Min(1, columns.Land[p] / _landNeeded) : 0;
        x[FeatureIndex.Language] = _chinese || (_english && columns.English[p]) ? 1 : 0;
        x[FeatureIndex.Text] = Math.Clamp(text, 0, 1);
    }

    /// <summary>The largest value each feature can take in cell c.</summary>
    public void CellBound(MatchColumns columns, int c, double industry, double region, double text, Span<double> x)
    {
        x[FeatureIndex.Industry] = industry;
        x[FeatureIndex.ChainPosition] = (_position & columns.CellPosition[c]) != 0 ? 1 : 0;
        x[FeatureIndex.Ticket] = _hasTicket && columns.CellHasRange[c] && _lo <= columns.CellRangeMax[c] && columns.CellRangeMin[c] <= _hi ? 1 : 0;
        x[FeatureIndex.Region] = region;
        x[FeatureIndex.Cooperation] = (_cooperation & columns.CellCooperation[c]) != 0 ? 1 : 0;
        x[FeatureIndex.Land] = _landNeeded > 0 && columns.CellMaxLand[c] > 0 ? Math.Min(1, columns.CellMaxLand[c] / _landNeeded) : 0;
        x[FeatureIndex.Language] = _chinese || (_english && columns.CellEnglish[c]) ? 1 : 0;
        x[FeatureIndex.Text] = text;
        x[FeatureIndex.Completeness] = _completeness;
    }

    /// <summary>As <see cref="MatchFeatureValues.Ticket"/> for one range (same operations, same result).</summary>
    private double Ticket(long min, long max)
    {
        double total = 0, covered = 0, points = 0;
        total += max - min;
        covered += Math.Max(0, Math.Min(_hi, max) - Math.Max(_lo, min));
        points += _lo <= min && min <= _hi ? 1 : 0;
        return total > 0 ? covered / total : points / 1;
    }
}
