using MassTransit;

namespace SpecialtyTowns.Leads.Contracts;

/// <summary>Part of a deal's money arrived (到资): this part and the deal's total so far, in fen.</summary>
[MessageUrn("specialtytowns:leads:deal-funds-arrived:v1")]
[EntityName("specialtytowns.leads.deal-funds-arrived.v1")]
public sealed record DealFundsArrived(
    Guid DealId,
    Guid TownId,
    long AmountFen,
    DateOnly ArrivedOn,
    long TotalArrivedFen,
    long DealAmountFen,
    DateTimeOffset At);
