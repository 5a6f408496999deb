using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Runs;

public sealed record StartScheduleRunCommand(string? RequestId, Guid EventId, int TimeLimitSeconds) : IIdempotentCommand;
