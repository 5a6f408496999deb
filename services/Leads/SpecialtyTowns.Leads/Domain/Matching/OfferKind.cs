namespace SpecialtyTowns.Leads.Domain.Matching;

/// <summary>What is recommended to an investor (and for which a town is recommended investors).</summary>
public enum OfferKind
{
    Project,
    Gap,
    Town,
}
