using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Leads.Application.Deals;

namespace SpecialtyTowns.Leads.Grpc.Deals;

public static class DealMapper
{
    public static V1.Deal ToMessage(DealView view)
    {
        var deal = view.Deal;
        var message = new V1.Deal
        {
            Id = deal.Id.ToString(),
            LeadId = deal.LeadId.ToString(),
            TownId = deal.TownId.ToString(),
            TownName = view.TownName ?? string.Empty,
            OrganisationId = deal.OrganisationId.ToString(),
            OrganisationName = view.OrganisationName ?? string.Empty,
            ProjectId = deal.ProjectId?.ToString() ?? string.Empty,
            ProjectTitle = view.ProjectTitle ?? string.Empty,
            GapId = deal.GapId?.ToString() ?? string.Empty,
            AmountFen = deal.AmountFen,
            SignedOn = Format(deal.SignedOn),
            ContractReference = deal.ContractReference,
            PlannedStartOn = Format(deal.PlannedStartOn),
            RegisteredCompany = deal.RegisteredCompany ?? string.Empty,
            RegisteredOn = Format(deal.RegisteredOn),
            ConstructionStartedOn = Format(deal.ConstructionStartedOn),
            ProductionStartedOn = Format(deal.ProductionStartedOn),
            TerminatedAt = deal.TerminatedAt is { } terminated ? Timestamp.FromDateTimeOffset(terminated) : null,
            FundsArrivedFen = deal.FundsArrivedFen,
            Version = deal.Version,
        };
        message.Parties.AddRange(deal.Parties);
        message.Funds.AddRange(deal.Funds.OrderBy(f => f.ArrivedOn).ThenBy(f => f.RecordedAt).Select(f => new V1.FundsArrival
        {
            Id = f.Id.ToString(),
            AmountFen = f.AmountFen,
            ArrivedOn = Format(f.ArrivedOn),
            Note = f.Note ?? string.Empty,
            RecordedAt = Timestamp.FromDateTimeOffset(f.RecordedAt),
        }));
        return message;
    }

    /// <summary>A "YYYY-MM-DD" date of a request; null when empty or not a real date (the validator says which).</summary>
    public static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
