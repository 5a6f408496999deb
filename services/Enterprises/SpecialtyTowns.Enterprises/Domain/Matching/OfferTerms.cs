namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>What matching compares of an enterprise, tokenised once for every gap it is compared with.</summary>
public sealed class OfferTerms
{
    public OfferTerms(EnterpriseOffer enterprise)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        Enterprise = enterprise;
        Products = MatchPhrase.Of(enterprise.Products);
        Capabilities = MatchPhrase.Of(enterprise.Certifications.Concat(enterprise.Equipment));
        Capacities = [.. enterprise.Capacities.Select(c => (c, MatchPhrase.Of([c.Product])))];
        Descriptions = MatchPhrase.Of([enterprise.Description, enterprise.DescriptionEn]);
    }

    public EnterpriseOffer Enterprise { get; }

    public IReadOnlyList<MatchPhrase> Products { get; }

    /// <summary>Certifications, then equipment.</summary>
    public IReadOnlyList<MatchPhrase> Capabilities { get; }

    /// <summary>Each capacity with its product (none when blank).</summary>
    public IReadOnlyList<(Capacity Capacity, IReadOnlyList<MatchPhrase> Product)> Capacities { get; }

    public IReadOnlyList<MatchPhrase> Descriptions { get; }
}
