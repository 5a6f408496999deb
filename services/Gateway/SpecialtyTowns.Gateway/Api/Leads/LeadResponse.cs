namespace SpecialtyTowns.Gateway.Api.Leads;

public sealed record LeadResponse(string Id, string InvestorId, string TownId, string Message, string Stage, DateTimeOffset CreatedAt);
