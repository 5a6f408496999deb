using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Setup;

public sealed record AddTablesCommand(string? RequestId, Guid EventId, IReadOnlyList<NewTable> Tables) : IIdempotentCommand;
