namespace SpecialtyTowns.Gateway.Api.Funnel;

public sealed record TownTargetResponse(string TownId, int Year, decimal SignedAmountYuan);
