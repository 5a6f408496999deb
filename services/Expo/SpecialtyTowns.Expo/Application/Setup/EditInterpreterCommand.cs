using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Setup;

public sealed record EditInterpreterCommand(string? RequestId, Guid EventId, Guid InterpreterId, string Name, IReadOnlyList<string> Languages) : IIdempotentCommand;
