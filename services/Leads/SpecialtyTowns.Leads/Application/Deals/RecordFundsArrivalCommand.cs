using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Leads.Application.Deals;

public sealed record RecordFundsArrivalCommand(string? RequestId, Guid DealId, int ExpectedVersion, long AmountFen, DateOnly ArrivedOn, string? Note) : IIdempotentCommand;
