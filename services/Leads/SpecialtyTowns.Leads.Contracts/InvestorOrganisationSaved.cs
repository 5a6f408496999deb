using MassTransit;

namespace SpecialtyTowns.Leads.Contracts;

/// <summary>
/// An investor organisation was created or changed (public fields only: never contacts), for
/// matching and search. Version rises with every change, so consumers can ignore older ones.
/// </summary>
[MessageUrn("specialtytowns:leads:investor-organisation-saved:v1")]
[EntityName("specialtytowns.leads.investor-organisation-saved.v1")]
public sealed record InvestorOrganisationSaved(
    Guid OrganisationId,
    string Name,
    string? NameEn,
    string Type,
    IReadOnlyList<string> IndustriesSought,
    IReadOnlyList<string> ChainPositionsSought,
    long? TicketMinFen,
    long? TicketMaxFen,
    IReadOnlyList<string> PreferredRegions,
    bool ConsentToContact,
    bool Claimed,
    int Version,
    DateTimeOffset At);
