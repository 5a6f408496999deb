using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Runs;

public sealed record PublishScheduleRunCommand(string? RequestId, Guid RunId, bool LeaveUnlocked) : IIdempotentCommand;
