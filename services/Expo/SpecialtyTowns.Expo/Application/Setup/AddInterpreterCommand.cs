using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Setup;

public sealed record AddInterpreterCommand(string? RequestId, Guid EventId, string Name, IReadOnlyList<string> Languages) : IIdempotentCommand;
