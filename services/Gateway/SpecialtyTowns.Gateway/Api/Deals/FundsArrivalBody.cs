namespace SpecialtyTowns.Gateway.Api.Deals;

/// <summary>
/// A part of a deal's money that arrived (到资): in fen (more than 0; with the parts before, no more than the
/// deal's amount), on a date YYYY-MM-DD (not in the future, not before the signing), an optional note, and
/// the deal version the client saw (absent or 0: no check; an older one: 412).
/// </summary>
public sealed record FundsArrivalBody(long? AmountFen, string? ArrivedOn, string? Note = null, int? ExpectedVersion = null);
