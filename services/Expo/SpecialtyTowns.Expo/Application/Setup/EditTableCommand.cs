using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Setup;

public sealed record EditTableCommand(string? RequestId, Guid EventId, Guid TableId, Guid HallId, string Label, int Seats, string? Zone) : IIdempotentCommand;
