using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Enterprises.Application;

public sealed record RegisterEnterpriseCommand(string? RequestId, Guid TownId, string Name, IReadOnlyList<string> Products) : IIdempotentCommand;
