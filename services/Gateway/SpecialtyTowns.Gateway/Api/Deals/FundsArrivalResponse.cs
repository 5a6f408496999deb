namespace SpecialtyTowns.Gateway.Api.Deals;

public sealed record FundsArrivalResponse(string Id, long AmountFen, string ArrivedOn, string? Note, DateTimeOffset RecordedAt);
