using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Registration;

public sealed record WithdrawCommand(string? RequestId, Guid EventId) : IIdempotentCommand;
