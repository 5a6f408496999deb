namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// An open offer as the scorer reads it: a project, a gap, or a town (the union of its open
/// projects and gaps plus its city). Unknown data is empty or zero, so it scores nothing.
/// </summary>
public sealed class MatchOffer
{
    public required OfferKind Kind { get; init; }

    public required Guid Id { get; init; }

    public required Guid TownId { get; init; }

    public required string Title { get; init; }

    public string? TitleEn { get; init; }

    public string? TownName { get; init; }

    public string? City { get; init; }

    public IReadOnlyList<string> IndustryCodes { get; init; } = [];

    /// <summary>Chain positions of the gaps' nodes (bits of <see cref="MatchKeys.PositionMask"/>).</summary>
    public int PositionMask { get; init; }

    /// <summary>Names of the nodes behind the positions, for the reason.</summary>
    public IReadOnlyList<string> NodeNames { get; init; } = [];

    /// <summary>Amount ranges in fen, merged and ascending (a town: of its open projects).</summary>
    public IReadOnlyList<(long Min, long Max)> Ranges { get; init; } = [];

    public IReadOnlyList<string> CooperationModes { get; init; } = [];

    /// <summary>Land available in square metres (a town: its largest project's); 0 when unknown.</summary>
    public double LandSquareMetres { get; init; }

    public bool HasEnglish { get; init; }

    public long AmountMinFen { get; init; }

    public long AmountMaxFen { get; init; }

    public Guid? EnterpriseId { get; init; }

    public SparseVector Text { get; set; } = SparseVector.Empty;

    /// <summary>The same offer with another vector (a snapshot's offers are never changed once published).</summary>
    public MatchOffer WithText(SparseVector text)
    {
        var copy = (MatchOffer)MemberwiseClone();
        copy.Text = text;
        return copy;
    }
}
