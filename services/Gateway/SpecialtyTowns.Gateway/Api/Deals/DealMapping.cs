using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Api.Deals;

public static class DealMapping
{
    public static DealResponse ToResponse(Deal deal) => new()
    {
        Id = deal.Id,
        LeadId = deal.LeadId,
        TownId = deal.TownId,
        TownName = OrNull(deal.TownName),
        OrganisationId = deal.OrganisationId,
        OrganisationName = OrNull(deal.OrganisationName),
        ProjectId = OrNull(deal.ProjectId),
        ProjectTitle = OrNull(deal.ProjectTitle),
        GapId = OrNull(deal.GapId),
        AmountFen = deal.AmountFen,
        SignedOn = deal.SignedOn,
        ContractReference = deal.ContractReference,
        Parties = [.. deal.Parties],
        PlannedStartOn = deal.PlannedStartOn,
        RegisteredCompany = OrNull(deal.RegisteredCompany),
        RegisteredOn = OrNull(deal.RegisteredOn),
        ConstructionStartedOn = OrNull(deal.ConstructionStartedOn),
        ProductionStartedOn = OrNull(deal.ProductionStartedOn),
        TerminatedAt = deal.TerminatedAt?.ToDateTimeOffset(),
        FundsArrivedFen = deal.FundsArrivedFen,
        Funds = [.. deal.Funds.Select(f => new FundsArrivalResponse(f.Id, f.AmountFen, f.ArrivedOn, OrNull(f.Note), f.RecordedAt.ToDateTimeOffset()))],
        Version = deal.Version,
    };

    public static DealListResponse ToResponse(ListDealsResponse response) => new(
        [.. response.Deals.Select(ToResponse)],
        response.Page.Total,
        string.IsNullOrEmpty(response.Page.NextPageToken) ? null : response.Page.NextPageToken);

    private static string? OrNull(string value) => string.IsNullOrEmpty(value) ? null : value;
}
